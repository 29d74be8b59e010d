/** Seeded input files for the import benchmark. Uses the domain only. */
package org.reclaim.bench.importing;
