package org.reclaim.store.likelihood;

import static org.reclaim.store.jdbc.Column.ColumnType.DOUBLE;
import static org.reclaim.store.jdbc.Column.ColumnType.INT;
import static org.reclaim.store.jdbc.Column.ColumnType.TEXT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.reclaim.store.Vendor;
import org.reclaim.store.audit.AuditLog;
import org.reclaim.store.jdbc.Column;
import org.reclaim.store.jdbc.JdbcRepository;
import org.reclaim.store.jdbc.TableMapping;
import org.springframework.jdbc.core.JdbcTemplate;

/** Likelihood models (table {@code likelihood_model}, V6). */
public final class StoredModelRepository extends JdbcRepository<StoredModel> {
  /** The table mapping; instants as ISO 8601 text, {@code active} as 0/1. */
  public static final TableMapping<StoredModel> LIKELIHOOD_MODEL =
      new TableMapping<>(
          "StoredModel",
          "likelihood_model",
          StoredModel::id,
          List.of(
              Column.of("status", TEXT, StoredModel::status),
              Column.of("submitted_by", TEXT, StoredModel::submittedBy),
              Column.of("submitted_at", TEXT, StoredModel::submittedAt),
              Column.of("updated_at", TEXT, StoredModel::updatedAt),
              Column.of("progress", TEXT, StoredModel::progress),
              Column.of("error", TEXT, StoredModel::error),
              Column.of("active", INT, m -> m.active() ? 1 : 0),
              Column.of("labelled", INT, StoredModel::labelled),
              Column.of("roc_auc", DOUBLE, StoredModel::rocAuc),
              Column.of("brier", DOUBLE, StoredModel::brier),
              Column.of("card", TEXT, StoredModel::card),
              Column.of("model", TEXT, StoredModel::model),
              Column.of("booster", TEXT, StoredModel::booster)),
          null,
          r ->
              new StoredModel(
                  r.getLong("id"),
                  r.getEnum(StoredModel.Status.class, "status"),
                  r.getText("submitted_by"),
                  Instant.parse(r.getText("submitted_at")),
                  Instant.parse(r.getText("updated_at")),
                  r.getText("progress"),
                  r.getText("error"),
                  r.getInt("active") == 1,
                  r.findInt("labelled"),
                  r.findDouble("roc_auc"),
                  r.findDouble("brier"),
                  r.getText("card"),
                  r.getText("model"),
                  r.getText("booster")));

  public StoredModelRepository(JdbcTemplate jdbc, Vendor vendor, AuditLog audit) {
    super(LIKELIHOOD_MODEL, jdbc, vendor, audit);
  }

  /** The active model, if one is. */
  public Optional<StoredModel> findActive() {
    return listWhere("active = 1").stream().findFirst();
  }

  /** Models still training (left so by a process that stopped), in id order. */
  public List<StoredModel> listTraining() {
    return listWhere("status = ?", StoredModel.Status.TRAINING.name());
  }
}
