/**
 * A linkage run end to end over the hub's encoded records: linkage, people, families and their assessment
 * against the outcomes plan, timed step by step. Plain Java.
 */
package org.infoshare.linkage.rules.pipeline;
