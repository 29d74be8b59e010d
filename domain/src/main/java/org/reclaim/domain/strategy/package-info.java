/**
 * National strategy and its indicators: baselines, yearly targets, actuals from the register and an
 * achievement grade per indicator per year, linked to budget lines — the shape of a ministry's
 * yearly policy evaluation sheet. JDK and the other domain packages only.
 */
package org.reclaim.domain.strategy;
