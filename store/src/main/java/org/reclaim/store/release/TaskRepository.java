package org.reclaim.store.release;

import java.util.List;
import org.reclaim.domain.task.Task;
import org.reclaim.store.Vendor;
import org.reclaim.store.audit.AuditLog;
import org.reclaim.store.jdbc.JdbcRepository;
import org.reclaim.store.jdbc.TableMapping;
import org.springframework.jdbc.core.JdbcTemplate;

/** Tasks: one method on one hazardous area for one team. */
public final class TaskRepository extends JdbcRepository<Task> {
  public TaskRepository(
      TableMapping<Task> mapping, JdbcTemplate jdbc, Vendor vendor, AuditLog audit) {
    super(mapping, jdbc, vendor, audit);
  }

  /** The tasks on one hazardous area, in id order. */
  public List<Task> listByArea(long hazardousAreaId) {
    return listWhere("hazardous_area_id = ?", hazardousAreaId);
  }

  /**
   * The areas a completed non-technical survey confirmed (IMAS 08.10: a CHA after an NTS task), in
   * id order.
   */
  public List<Long> listAreasConfirmedBySurvey() {
    return jdbc()
        .queryForList(
            "SELECT DISTINCT t.hazardous_area_id FROM task t JOIN hazardous_area a"
                + " ON a.id = t.hazardous_area_id WHERE t.method = 'NTS'"
                + " AND t.status = 'COMPLETED' AND a.hazard_class = 'CHA'"
                + " ORDER BY t.hazardous_area_id",
            Long.class);
  }
}
