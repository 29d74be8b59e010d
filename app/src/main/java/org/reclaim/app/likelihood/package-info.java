/**
 * Contamination likelihood in the register (docs/likelihood.md): training jobs over the register's
 * completed work, the model versions and the active one, each area's probability with its
 * explanation, and the cancellation candidates. Uses the {@code likelihood} engine and the store.
 */
package org.reclaim.app.likelihood;
