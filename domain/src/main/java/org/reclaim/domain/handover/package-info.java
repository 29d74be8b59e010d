/**
 * After land release: handover certificates and land use after release, and the mine action /
 * agriculture "nexus" measure (hectares of farmland back in production by region and over time).
 * JDK and the other domain packages only.
 */
package org.reclaim.domain.handover;
