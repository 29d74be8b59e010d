/**
 * Decision quality (docs/simulation.md): comparisons of land-release policies on the demo world
 * with its hidden truth, run by the {@code simulation} engine under a policy profile, and their
 * report (HTML with charts). Needs no register: the simulated world is generated per seed.
 */
package org.reclaim.app.simulate;
