package org.reclaim.store.ranking;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Saved versions of policy profiles in table {@code policy_profile}: the profile's JSON text under
 * its name and version. A (name, version) pair is written once and never changed, so two editors
 * saving the same next version cannot both succeed. The JSON is the prioritisation service's; the
 * store keeps it as text.
 *
 * <p>Thread safe; joins the caller's transaction.
 */
public final class ProfileRepository {
  private final JdbcTemplate jdbc;

  public ProfileRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The JSON of the latest saved version of every profile, by name. */
  public List<String> listLatestBodies() {
    return jdbc.queryForList(
        "SELECT body FROM policy_profile p WHERE version ="
            + " (SELECT MAX(version) FROM policy_profile q WHERE q.name = p.name) ORDER BY name",
        String.class);
  }

  /** The JSON of every saved version of one profile, oldest first. */
  public List<String> listBodies(String name) {
    return jdbc.queryForList(
        "SELECT body FROM policy_profile WHERE name = ? ORDER BY version", String.class, name);
  }

  /**
   * Saves one version.
   *
   * @return {@code false} when that version of the profile exists already (someone saved first)
   */
  public boolean insert(String name, int version, String body, Instant at, String actor) {
    try {
      jdbc.update(
          "INSERT INTO policy_profile (name, version, body, created_at, created_by)"
              + " VALUES (?, ?, ?, ?, ?)",
          name,
          version,
          body,
          Timestamp.from(at),
          actor);
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }
}
