/**
 * The one CSV writer every download and export uses, so that no cell the platform writes can be read by a
 * spreadsheet as a formula (CSV injection). Plain Java.
 */
package org.infoshare.shared.csv;
