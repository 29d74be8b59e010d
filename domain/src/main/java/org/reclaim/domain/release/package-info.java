/**
 * Land release (IMAS 07.11): release categories, bookings and the per-area account that enforces
 * "never more than the area, never twice". No dependencies beyond the JDK and the hazard package.
 */
package org.reclaim.domain.release;
