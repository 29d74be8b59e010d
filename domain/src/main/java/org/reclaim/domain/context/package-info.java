/**
 * Context layers that give hazards their consequences: settlements, roads and railways, critical
 * infrastructure, agricultural parcels, recovery projects. JTS only.
 */
package org.reclaim.domain.context;
