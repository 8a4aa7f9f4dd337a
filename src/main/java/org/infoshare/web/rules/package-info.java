/**
 * Sign-in rules in plain Java: which stage of signing in a session has reached, and why.
 */
package org.infoshare.web.rules;
