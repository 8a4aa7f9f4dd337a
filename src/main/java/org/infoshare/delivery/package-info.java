/**
 * Secure delivery (002 §4.4–4.5, 003 "How?", 004 rules 5–6): a share decision becomes a disclosure of exactly
 * the items it allowed, to a named person or team who alone can open it, with protected identities redacted,
 * content sealed under the subject's key, every open, download and print recorded and shown to the sender;
 * notifications that say only that something is waiting.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Secure delivery")
package org.infoshare.delivery;
