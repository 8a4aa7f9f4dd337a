/**
 * Public disclosure schemes (004 §8.3, §8.6): the police record an application under the Domestic Violence
 * Disclosure Scheme (right to ask, right to know) or the Child Sex Offender Disclosure Scheme from a member of the
 * public, then each stage in turn with who recorded it and when: the initial checks, the face-to-face meeting that
 * verifies the applicant's identity, the multi-agency forum's recommendation, the decision whether to disclose with
 * the scheme as its gateway ({@code scheme.rules}), and the disclosure in person with its signed undertaking of
 * confidentiality, or the decision taken when the undertaking was refused. Only police organisations hold
 * applications: to anyone else the module has nothing to show.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public disclosure schemes")
package org.infoshare.scheme;
