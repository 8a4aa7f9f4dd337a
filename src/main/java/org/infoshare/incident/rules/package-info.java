/**
 * The breach rules in plain Java (002 §4.8; UK GDPR Art 33-34; DPA 2018 s67-68): the vocabulary an incident is
 * described and assessed in, the structured risk assessment, and the checks on the decisions to tell the
 * Information Commissioner's Office and the people affected. No Spring, no SQL, no HTTP.
 */
package org.infoshare.incident.rules;
