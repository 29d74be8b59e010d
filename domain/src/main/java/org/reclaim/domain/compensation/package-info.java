/**
 * Agricultural compensation pre-check: whether a farmland parcel meets a programme's configurable
 * rules (contamination confirmed by non-technical survey, distance from the line of contact or the
 * border), and why not. JDK, JTS and the other domain packages only.
 */
package org.reclaim.domain.compensation;
