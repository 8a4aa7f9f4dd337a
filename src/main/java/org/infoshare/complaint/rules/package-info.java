/**
 * The complaints register's rules in plain Java (002 §3.2; 000 §4.2): the vocabulary a complaint is recorded in,
 * the organisation's own deadlines, and which step may follow which. No Spring, no SQL, no HTTP.
 */
package org.infoshare.complaint.rules;
