/**
 * Repositories of the land release aggregate: tasks, bookings, completion reports, QA/QC records
 * and handovers, with the typed queries the release workflow asks of them (IMAS 07.11, 07.12,
 * 09.20).
 */
package org.reclaim.store.release;
