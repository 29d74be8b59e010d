/**
 * Quality management of land release (IMAS 07.12, 09.20): QA monitoring visits and their
 * non-conformities, QC post-clearance inspection by sampling (ISO 2859-1 as IMAS 09.20 describes),
 * and whether a released area may be handed over. JDK, JTS and the other domain packages only.
 */
package org.reclaim.domain.quality;
