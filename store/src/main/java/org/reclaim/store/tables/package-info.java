/**
 * One {@link org.reclaim.store.jdbc.TableMapping} per domain record type: column names, encodings
 * of small sets, and how each record is rebuilt from a row. Knows the domain and the generic JDBC
 * machinery, nothing else.
 */
package org.reclaim.store.tables;
