/**
 * Repositories of the hazard aggregate: hazardous areas (SHA/CHA) and evidence, with the typed
 * queries the services ask of them. The evidence links live in {@link
 * org.reclaim.store.EvidenceLinkRepository}.
 */
package org.reclaim.store.hazard;
