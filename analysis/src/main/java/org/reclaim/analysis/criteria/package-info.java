/**
 * Criteria of every hazardous area, computed by spatial analysis of the register's evidence and
 * context layers ({@link org.reclaim.analysis.criteria.CriteriaOp}): people exposed, settlements
 * near, infrastructure and roads blocked, farmland and its value locked, recovery projects waiting,
 * accidents and their recency, evidence density and class, and the cost and duration of release by
 * the cheapest suitable method. Formulas: {@code docs/prioritisation.md}.
 *
 * <p>May use: the JDK, JTS, proj4j (through {@code domain.geometry}) and the domain. Layers are
 * projected once into an equal-area frame and indexed (packed uniform grids for small features, JTS
 * R-trees for roads and nearest-neighbour searches); measures are in metres, never degrees.
 */
package org.reclaim.analysis.criteria;
