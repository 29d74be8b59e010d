/**
 * The likelihood features of the register's hazardous areas ({@link
 * org.reclaim.likelihood.features.RegisterFeatures}): occupation and the line of contact, evidence
 * by type and reliability, other areas' completed work nearby, roads, settlements and
 * infrastructure, the area's own attributes; and the label completed tasks give. Domain records in,
 * a plain table out.
 */
package org.reclaim.likelihood.features;
