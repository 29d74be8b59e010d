/**
 * The policies a decision-quality comparison sets side by side (docs/simulation.md): today's
 * practice — first come first served, largest area first, nearest to a team's base, a weighted
 * impact score worked in order — and Reclaim's — its ranking with the optimised plan, without and
 * with the contamination likelihood learnt as outcomes come in. A policy reads the {@link
 * org.reclaim.simulation.Register}, never the world's truth.
 */
package org.reclaim.simulation.policy;
