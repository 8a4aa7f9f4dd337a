/**
 * The agreement outside the platform: "agreement as code" (YAML or JSON files that read the same after a
 * round trip, organisations named as the directory names them) and the printed document and PDF in seed
 * 002's order. Internal to the agreement module; other modules read agreements through
 * {@link org.infoshare.agreement.AgreementRegister}.
 */
package org.infoshare.agreement.files;
