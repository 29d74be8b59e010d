/**
 * Multi-criteria scoring methods that work on a plain decision matrix: alternatives (rows) ×
 * criteria (columns), a {@link org.reclaim.analysis.scoring.Direction} per criterion, and {@link
 * org.reclaim.analysis.scoring.Weights} set directly or elicited from pairwise comparisons by AHP.
 *
 * <ul>
 *   <li>{@link org.reclaim.analysis.scoring.WeightedSumOp}: weighted sum of min-max or rank
 *       normalised criteria ({@link org.reclaim.analysis.scoring.Normalisation}).
 *   <li>{@link org.reclaim.analysis.scoring.TopsisOp}: closeness to the ideal solution (Hwang &amp;
 *       Yoon 1981).
 *   <li>{@link org.reclaim.analysis.scoring.AhpOp}: weights from a pairwise comparison matrix, with
 *       Saaty's consistency ratio and the comparisons to revisit.
 * </ul>
 *
 * <p>Both scoring methods return a {@link org.reclaim.analysis.scoring.Ranking}: every score
 * carries, per criterion, the raw value, the normalised value, the weight and the contribution, so
 * that a ranked hazardous area can be explained. The package knows nothing of hazardous areas: the
 * criteria are computed elsewhere ({@code analysis.criteria}) and handed in as numbers, so analysts
 * can reuse these methods and check them against published worked examples.
 *
 * <p>May use: the JDK only (an ArchUnit test keeps this true). Every type is immutable; every
 * {@code *Op} is stateless and safe to share between threads. Invalid input throws {@link
 * java.lang.IllegalArgumentException} with a message naming the row, criterion or cell.
 */
package org.reclaim.analysis.scoring;
