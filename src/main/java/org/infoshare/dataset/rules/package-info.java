/**
 * The dataset rules in plain Java: which columns of an upload may be published to a recipient under an
 * agreement ({@link org.infoshare.dataset.rules.ColumnPlan}), what each value must look like
 * ({@link org.infoshare.dataset.rules.ValueType}, {@link org.infoshare.dataset.rules.RowValidator}), what a
 * dataset specification may contain ({@link org.infoshare.dataset.rules.SpecificationRules}) and the
 * validation report ({@link org.infoshare.dataset.rules.ValidationReport}). No Spring, no SQL, no HTTP.
 */
package org.infoshare.dataset.rules;
