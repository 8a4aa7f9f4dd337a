/**
 * The law the partnership shares under, as data: the lawful bases and conditions of UK GDPR and the Data
 * Protection Act 2018 (in their layers: Article 6; Article 9 with a Schedule 1 condition; Article 10;
 * Part 3 with section 35 and Schedule 8), statutory gateways and the common-law duty of confidence, and
 * the categories of data they protect. Each provision has a stable code that agreements and decisions
 * cite. The built-in catalogue ships with the product; administrators may extend it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Legal catalogue")
package org.infoshare.legal;
