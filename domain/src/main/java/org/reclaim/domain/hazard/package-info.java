/**
 * Hazardous areas (IMAS 04.10, 07.11): SHA/CHA classification from evidence, contamination, land
 * use, terrain and vegetation classes, and the status life cycle. JTS only.
 */
package org.reclaim.domain.hazard;
