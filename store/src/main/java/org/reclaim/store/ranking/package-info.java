/**
 * Prioritisation's records: ranking runs with their entries ({@link
 * org.reclaim.store.ranking.RankingRepository}) and saved policy profile versions ({@link
 * org.reclaim.store.ranking.ProfileRepository}). Plain records and text; no analysis types, so the
 * store does not depend on the engines.
 */
package org.reclaim.store.ranking;
