/**
 * Repositories of the funding aggregate (donors, pledges, grants, disbursements, cost bookings) and
 * of the national strategy's indicators, with their typed queries.
 */
package org.reclaim.store.funding;
