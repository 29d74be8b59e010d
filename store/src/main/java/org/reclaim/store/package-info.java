/**
 * The register's storage: {@link org.reclaim.store.ReclaimStore} opens the embedded H2GIS database
 * or PostgreSQL/PostGIS, applies the vendor's Flyway migrations ({@code db/migration/h2}, {@code
 * db/migration/postgresql}) and offers a repository per record type, optimistic versions, id
 * allocation and the audit log. Depends on the domain, Spring JDBC, Flyway, HikariCP, H2/H2GIS and
 * the PostgreSQL driver; nothing above it.
 */
package org.reclaim.store;
