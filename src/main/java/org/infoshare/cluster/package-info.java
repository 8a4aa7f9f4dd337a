/**
 * Several application instances on one PostgreSQL (docs/adr/0060-several-instances.md): web sessions kept in
 * the database, sealed and bound to signed cookies, so that any instance serves any signed-in user; each
 * scheduled job run by one instance per schedule (ShedLock). The ledger's sequencer elects itself (see
 * {@code org.infoshare.ledger.LedgerSequencer}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cluster")
package org.infoshare.cluster;
