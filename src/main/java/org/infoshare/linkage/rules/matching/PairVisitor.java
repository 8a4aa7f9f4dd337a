package org.infoshare.linkage.rules.matching;

/** Receives candidate pairs; each thread has its own, so a visitor needs no locking. */
@FunctionalInterface
public interface PairVisitor {

    /**
     * @param a    the lower-numbered record
     * @param b    the higher-numbered record
     * @param rule the index, in the blocking plan, of the first rule whose key the two records share
     */
    void visit(int a, int b, int rule);
}
