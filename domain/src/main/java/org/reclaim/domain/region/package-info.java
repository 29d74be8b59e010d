/** The administrative hierarchy (country, oblast, raion, hromada). JTS only. */
package org.reclaim.domain.region;
