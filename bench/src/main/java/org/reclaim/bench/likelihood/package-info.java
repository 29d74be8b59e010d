/** Data for the contamination-likelihood benchmark ({@code reclaim bench likelihood}). */
package org.reclaim.bench.likelihood;
