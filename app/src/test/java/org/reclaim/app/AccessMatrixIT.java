package org.reclaim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reclaim.app.web.DemoSite;

/**
 * Every cell of the access matrix in docs/security.md, sent as that role to the demo register: a ✓
 * must not be refused (401/403), a – must be (401 for the public, 403 for a signed-in role). The
 * table is the test's input, so the documented matrix and the server cannot drift apart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {
  /** The table's role columns, in order, and the demo account acting as each. */
  private static final List<String> ACCOUNTS =
      java.util.Arrays.asList(null, "donor", "operator-1", "va", "analyst", "admin");

  private DemoSite site;
  private ApiClient api;

  /**
   * One cell.
   *
   * @param method HTTP method
   * @param path path with query; {@code {id}} stands for a record that does not exist
   * @param account the account, {@code null} for the public
   * @param allowed whether the table says ✓
   */
  record Cell(String method, String path, String account, boolean allowed) {
    @Override
    public String toString() {
      return method + " " + path + " as " + (account == null ? "public" : account);
    }
  }

  @BeforeAll
  void start() {
    site = DemoSite.start("access-matrix-it", 0.05);
    Map<String, String> passwords = new LinkedHashMap<>();
    ACCOUNTS.stream().filter(a -> a != null).forEach(a -> passwords.put(a, DemoSite.PASSWORD));
    api = new ApiClient(site.base(), passwords, "application/json");
  }

  @AfterAll
  void stop() {
    site.close();
  }

  static List<Cell> matrix() throws IOException {
    Path doc = Path.of("..", "docs", "security.md");
    List<String> lines = Files.readAllLines(doc);
    int start = lines.indexOf("<!-- access-matrix -->");
    assertThat(start).as("the access matrix marker in " + doc).isNotNegative();
    List<Cell> cells = new ArrayList<>();
    for (String line : lines.subList(start + 3, lines.size())) {
      if (!line.startsWith("|")) {
        break;
      }
      String[] c = Stream.of(line.split("\\|")).map(String::strip).toArray(String[]::new);
      // c[0] is empty (before the first |); then action, path, six roles
      assertThat(c).as(line).hasSizeGreaterThanOrEqualTo(9);
      for (int i = 0; i < ACCOUNTS.size(); i++) {
        String mark = c[3 + i];
        assertThat(mark).as(line).isIn("✓", "–");
        cells.add(new Cell(c[1], c[2], ACCOUNTS.get(i), mark.equals("✓")));
      }
    }
    assertThat(cells).hasSizeGreaterThan(200);
    return cells;
  }

  @Test
  void theMatrixCoversEveryRoleAndThePeopleEndpoints() throws IOException {
    List<Cell> cells = matrix();
    assertThat(cells).extracting(Cell::path).contains("/api/v1/casualties/{id}/personal");
    // the public may read the public view only
    assertThat(cells)
        .filteredOn(c -> c.account() == null && c.allowed())
        .allSatisfy(c -> assertThat(c.path()).startsWith("/api/v1/public/"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("matrix")
  void eachCellIsEnforced(Cell cell) throws Exception {
    String path = cell.path().replace("{id}", "999999");
    String body = cell.method().equals("GET") || cell.method().equals("DELETE") ? null : "{}";
    HttpResponse<String> r = api.send(cell.method(), path, cell.account(), body);
    if (cell.allowed()) {
      assertThat(r.statusCode()).as(cell + ": " + r.body()).isNotIn(401, 403);
    } else {
      assertThat(r.statusCode())
          .as(cell + ": " + r.body())
          .isEqualTo(cell.account() == null ? 401 : 403);
      assertThat(r.headers().firstValue("Content-Type"))
          .as(cell + ": a refusal is an RFC 9457 problem")
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(r.body()).contains("\"status\":" + r.statusCode());
    }
  }
}
