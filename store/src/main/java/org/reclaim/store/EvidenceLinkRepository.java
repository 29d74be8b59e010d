package org.reclaim.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.reclaim.domain.evidence.EvidenceLink;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Links between evidence and the hazardous areas it bears on. A link has no identity of its own: it
 * is the pair (evidence, area).
 *
 * <p>Thread safe; joins the caller's transaction.
 */
public final class EvidenceLinkRepository {
  private static final int BATCH = 5_000;
  private final JdbcTemplate jdbc;

  EvidenceLinkRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts every link, in batches. */
  public void insertAll(Collection<EvidenceLink> links) {
    List<EvidenceLink> all = new ArrayList<>(links);
    for (int from = 0; from < all.size(); from += BATCH) {
      List<EvidenceLink> chunk = all.subList(from, Math.min(all.size(), from + BATCH));
      jdbc.batchUpdate(
          "INSERT INTO evidence_link (evidence_id, hazardous_area_id, relation) VALUES (?, ?, ?)",
          chunk,
          chunk.size(),
          (ps, l) -> {
            ps.setLong(1, l.evidenceId());
            ps.setLong(2, l.hazardousAreaId());
            ps.setString(3, l.relation().name());
          });
    }
  }

  /** Links of one hazardous area, by evidence id. */
  public List<EvidenceLink> listForArea(long hazardousAreaId) {
    return jdbc.query(
        "SELECT * FROM evidence_link WHERE hazardous_area_id = ? ORDER BY evidence_id",
        EvidenceLinkRepository::link,
        hazardousAreaId);
  }

  /** Every link, by area and evidence id. */
  public List<EvidenceLink> listAll() {
    return jdbc.query(
        "SELECT * FROM evidence_link ORDER BY hazardous_area_id, evidence_id",
        EvidenceLinkRepository::link);
  }

  private static EvidenceLink link(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new EvidenceLink(
        rs.getLong("evidence_id"),
        rs.getLong("hazardous_area_id"),
        EvidenceLink.Relation.valueOf(rs.getString("relation")));
  }

  /** Number of links. */
  public long count() {
    Long n = jdbc.queryForObject("SELECT COUNT(*) FROM evidence_link", Long.class);
    return n == null ? 0 : n;
  }
}
