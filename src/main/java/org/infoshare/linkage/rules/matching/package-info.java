/**
 * Probabilistic record linkage on encoded records in the Fellegi–Sunter tradition: blocking rules over keyed
 * pseudonyms, comparison levels per field (exact, approximate by Dice coefficient of Bloom filters, missing),
 * m and u learnt by expectation–maximisation and from random pairs or set by the analyst, match weights with a
 * threshold and a clerical-review band. Plain Java over flat arrays, serialisable inputs and no shared state, so
 * the same code runs in the platform and inside a Spark task.
 */
package org.infoshare.linkage.rules.matching;
