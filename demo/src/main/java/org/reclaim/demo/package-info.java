/**
 * Seeded, reproducible synthetic demo and benchmark data laid over Ukraine's real oblast and raion
 * boundaries (geoBoundaries, Runfola et al. 2020, PLoS ONE 15(4): e0231866, CC BY 4.0).
 *
 * <p>{@link org.reclaim.demo.DemoDataGenerator} turns {@link org.reclaim.demo.DemoParameters} into
 * a {@link org.reclaim.demo.DemoDataSet} of domain records: regions, hazardous areas, evidence and
 * its links, settlements, roads and railways, critical infrastructure, agricultural parcels,
 * recovery projects, operators with accreditations, teams with productivity tables, and a year of
 * tasks and land releases. The proportions come from published figures collected in {@code
 * ../shared/data}; each is cited in {@link org.reclaim.demo.DemoFigures} and in {@code
 * bench/README.md}.
 *
 * <p>May use the domain module, JTS and Jackson (to read the bundled GeoJSON). Writes nothing: the
 * loader and the CLI live elsewhere.
 */
package org.reclaim.demo;
