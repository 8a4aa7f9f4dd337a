/**
 * Facts one module announces for others to act on, without knowing who listens: published with Spring's
 * application events inside the announcing transaction. Plain records, no behaviour.
 */
package org.infoshare.shared.events;
