/**
 * Generic JDBC machinery: a {@link org.reclaim.store.jdbc.TableMapping} per record type drives one
 * {@link org.reclaim.store.jdbc.JdbcRepository} implementation for both vendors. Uses Spring JDBC
 * and JTS WKB.
 */
package org.reclaim.store.jdbc;
