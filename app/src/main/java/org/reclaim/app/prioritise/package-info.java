/**
 * Prioritisation as a service of the register: policy profiles (built-in JSON plus saved versions),
 * ranking runs computed from a snapshot of the store and persisted with everything needed to
 * reproduce them, the live ranking that follows new evidence, comparison and export. The arithmetic
 * lives in {@code analysis}; this package reads the store, calls it, and stores the results.
 */
package org.reclaim.app.prioritise;
