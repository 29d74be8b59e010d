package org.reclaim.store.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 trigger that refuses updates and deletes on the audit log, as the PL/pgSQL trigger does on
 * PostgreSQL: the log is append-only at the database, not only by convention in code.
 */
public final class AppendOnlyTrigger implements Trigger {
  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException("audit_log is append-only");
  }
}
