/**
 * The directory's rules in plain Java: when repeated failures lock an account, and who must take a second
 * step to sign in.
 */
package org.infoshare.directory.rules;
