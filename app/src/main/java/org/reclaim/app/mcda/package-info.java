/**
 * Multi-criteria decision analysis on a plain decision matrix (weighted sum, TOPSIS, AHP weights),
 * for analysts and for checking Reclaim's scoring against published examples; used by {@code POST
 * /api/v1/mcda} and {@code reclaim mcda}. Uses the analysis module's scoring package.
 */
package org.reclaim.app.mcda;
