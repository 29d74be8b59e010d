package org.reclaim.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.StoreConfig;
import org.reclaim.store.audit.AuditLog;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How people and machines sign in (issue 18 §1, docs/security.md): the login form and its
 * server-side session in the store (survives a restart, times out, cookie flags), CSRF on every
 * state-changing request of a session, lockout after refused sign-ins, HTTP Basic off unless
 * enabled, personal API tokens (issued, hashed, revoked) and JWTs of an identity provider, checked
 * with a key made here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<String, String> USERS =
      Map.of("analyst", "pw-analyst-1", "admin", "pw-admin-12", "locked-analyst", "pw-lock-123");

  @TempDir Path dir;
  private ReclaimStore store;
  private KeyPair idpKey;
  private Path publicKey;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void openStore() throws Exception {
    store = ReclaimStore.open(StoreConfig.inMemory("sign-in-it"));
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    idpKey = g.generateKeyPair();
    publicKey = Files.createTempFile("idp-", ".pem");
    Files.writeString(
        publicKey,
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(idpKey.getPublic().getEncoded())
            + "\n-----END PUBLIC KEY-----\n");
  }

  @AfterAll
  void closeStore() throws Exception {
    store.close();
    Files.deleteIfExists(publicKey);
  }

  /** A server over the test's store with the deployment's default settings (no HTTP Basic). */
  private Server serve(String... args) {
    List<String> all = new ArrayList<>();
    if (!String.join(" ", args).contains("http-basic")) {
      all.add("--reclaim.security.http-basic=false");
    }
    all.add(
        "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:"
            + publicKey.toAbsolutePath());
    all.addAll(List.of(args));
    return new Server(ReclaimServer.start(store, 0, USERS, all.toArray(String[]::new)));
  }

  private record Server(ConfigurableApplicationContext context) implements AutoCloseable {
    String base() {
      return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
      context.close();
    }
  }

  /** The cookies a browser keeps: name → value. */
  private static final class Jar {
    final Map<String, String> cookies = new java.util.LinkedHashMap<>();
    final List<String> setCookies = new ArrayList<>();

    void take(HttpResponse<?> r) {
      for (String c : r.headers().allValues("Set-Cookie")) {
        setCookies.add(c);
        String pair = c.split(";", 2)[0];
        int eq = pair.indexOf('=');
        cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }

    String header() {
      return String.join(
          "; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    Optional<String> setCookie(String name) {
      return setCookies.stream().filter(c -> c.startsWith(name + "=")).reduce((a, b) -> b);
    }
  }

  private HttpResponse<String> send(Jar jar, HttpRequest.Builder b) throws Exception {
    if (jar != null && !jar.cookies.isEmpty()) {
      b.header("Cookie", jar.header());
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (jar != null) {
      jar.take(r);
    }
    return r;
  }

  /** Signs in through the form as a browser does: the page (for the CSRF cookie), then POST. */
  private HttpResponse<String> login(Server s, Jar jar, String user, String password)
      throws Exception {
    send(jar, HttpRequest.newBuilder(URI.create(s.base() + "/login.html")));
    String form =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return send(
        jar,
        HttpRequest.newBuilder(URI.create(s.base() + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-XSRF-TOKEN", jar.cookies.getOrDefault("XSRF-TOKEN", ""))
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  private HttpResponse<String> get(Server s, Jar jar, String path) throws Exception {
    return send(jar, HttpRequest.newBuilder(URI.create(s.base() + path)));
  }

  private HttpResponse<String> post(Server s, Jar jar, String path, String json, boolean csrf)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(s.base() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (csrf) {
      b.header("X-XSRF-TOKEN", jar.cookies.get("XSRF-TOKEN"));
    }
    return send(jar, b);
  }

  private static final String MATRIX =
      """
      {"method":"topsis",
       "criteria":[{"name":"cost","direction":"cost"},{"name":"value","direction":"benefit"}],
       "alternatives":[{"id":"a","values":[10,7]},{"id":"b","values":[30,6]}],
       "pairwise":[[1,2],[0.5,1]]}
      """;

  @Test
  void aPageSendsAStrangerToTheLoginFormAndTheFormSignsIn() throws Exception {
    try (Server s = serve()) {
      HttpResponse<String> page = get(s, new Jar(), "/app/ranking.html");
      assertThat(page.statusCode()).isEqualTo(302);
      assertThat(page.headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith("/login.html"));

      Jar jar = new Jar();
      HttpResponse<String> in = login(s, jar, "analyst", USERS.get("analyst"));
      assertThat(in.statusCode()).isEqualTo(302);
      assertThat(in.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
      String cookie = jar.setCookie("SESSION").orElseThrow();
      assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
      assertThat(cookie).doesNotContain("Secure"); // plain HTTP here; Secure over TLS
      HttpResponse<String> me = get(s, jar, "/api/v1/me");
      assertThat(me.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(me.body()).get("role").asString()).isEqualTo("ANALYST");
      assertThat(get(s, jar, "/app/ranking.html").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aLoginWithoutTheCsrfTokenIsRefused() throws Exception {
    try (Server s = serve()) {
      HttpResponse<String> r =
          send(
              null,
              HttpRequest.newBuilder(URI.create(s.base() + "/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString("username=analyst&password=x")));
      assertThat(r.statusCode()).isEqualTo(403);
    }
  }

  @Test
  void everyStateChangingRequestOfASessionNeedsItsCsrfToken() throws Exception {
    try (Server s = serve()) {
      Jar jar = new Jar();
      login(s, jar, "analyst", USERS.get("analyst"));
      HttpResponse<String> without = post(s, jar, "/api/v1/mcda", MATRIX, false);
      assertThat(without.statusCode()).isEqualTo(403);
      assertThat(without.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
      assertThat(JSON.readTree(without.body()).get("field").asString()).isEqualTo("X-XSRF-TOKEN");
      Jar forged = new Jar();
      forged.cookies.putAll(jar.cookies);
      forged.cookies.put("XSRF-TOKEN", "forged");
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(s.base() + "/api/v1/mcda"))
              .header("Content-Type", "application/json")
              .header("X-XSRF-TOKEN", jar.cookies.get("XSRF-TOKEN"))
              .POST(HttpRequest.BodyPublishers.ofString(MATRIX));
      assertThat(send(forged, b).statusCode()).as("header and cookie differ").isEqualTo(403);
      assertThat(post(s, jar, "/api/v1/mcda", MATRIX, true).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aSessionOutlivesARestartOfTheServer() throws Exception {
    Jar jar = new Jar();
    try (Server s = serve()) {
      login(s, jar, "analyst", USERS.get("analyst"));
      assertThat(get(s, jar, "/api/v1/me").statusCode()).isEqualTo(200);
    }
    try (Server again = serve()) {
      HttpResponse<String> me = get(again, jar, "/api/v1/me");
      assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
      assertThat(JSON.readTree(me.body()).get("username").asString()).isEqualTo("analyst");
      Long rows =
          new org.springframework.jdbc.core.JdbcTemplate(store.dataSource())
              .queryForObject("SELECT COUNT(*) FROM SPRING_SESSION", Long.class);
      assertThat(rows).isPositive();
    }
  }

  @Test
  void anIdleSessionEndsAndSigningOutEndsItAtOnce() throws Exception {
    try (Server s = serve("--server.servlet.session.timeout=2s")) {
      Jar jar = new Jar();
      login(s, jar, "analyst", USERS.get("analyst"));
      assertThat(get(s, jar, "/api/v1/me").statusCode()).isEqualTo(200);
      Thread.sleep(3_500);
      assertThat(get(s, jar, "/api/v1/me").statusCode()).isEqualTo(401);
    }
    try (Server s = serve()) {
      Jar jar = new Jar();
      login(s, jar, "analyst", USERS.get("analyst"));
      Jar before = new Jar();
      before.cookies.putAll(jar.cookies);
      HttpResponse<String> out = post(s, jar, "/logout", "", true);
      assertThat(out.statusCode()).isEqualTo(302);
      assertThat(get(s, before, "/api/v1/me").statusCode())
          .as("the old session cookie after signing out")
          .isEqualTo(401);
    }
  }

  @Test
  void repeatedRefusedLoginsLockTheAccountWithAClearMessageAndAnAuditEntry() throws Exception {
    try (Server s = serve()) {
      for (int i = 0; i < 5; i++) {
        HttpResponse<String> r = login(s, new Jar(), "locked-analyst", "wrong-password");
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("?error");
      }
      HttpResponse<String> right =
          login(s, new Jar(), "locked-analyst", USERS.get("locked-analyst"));
      assertThat(right.headers().firstValue("Location").orElseThrow()).endsWith("?locked");
      List<AuditLog.Entry> refused =
          store.audit().list("User", null, "locked-analyst", null, null, 50).stream()
              .filter(e -> e.action() == AuditLog.Action.SECURITY)
              .toList();
      assertThat(refused).hasSizeGreaterThanOrEqualTo(5);
    }
  }

  @Test
  void httpBasicIsRefusedUnlessEnabled() throws Exception {
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    ("analyst:" + USERS.get("analyst")).getBytes(StandardCharsets.UTF_8));
    try (Server s = serve()) {
      HttpResponse<String> r =
          send(
              null,
              HttpRequest.newBuilder(URI.create(s.base() + "/api/v1/me"))
                  .header("Authorization", basic));
      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(r.headers().allValues("WWW-Authenticate"))
          .containsExactly("Bearer realm=\"Reclaim\"");
    }
    try (Server s = serve("--reclaim.security.http-basic=true")) {
      HttpResponse<String> r =
          send(
              null,
              HttpRequest.newBuilder(URI.create(s.base() + "/api/v1/me"))
                  .header("Authorization", basic));
      assertThat(r.statusCode()).isEqualTo(200);
    }
  }

  private HttpResponse<String> bearer(Server s, String token, String path) throws Exception {
    return send(
        null,
        HttpRequest.newBuilder(URI.create(s.base() + path))
            .header("Authorization", "Bearer " + token));
  }

  @Test
  void anAdministratorIssuesAndRevokesPersonalApiTokensKeptOnlyAsHashes() throws Exception {
    try (Server s = serve()) {
      Jar admin = new Jar();
      login(s, admin, "admin", USERS.get("admin"));
      HttpResponse<String> issued =
          post(s, admin, "/api/v1/users/analyst/tokens", "{\"name\":\"nightly export\"}", true);
      assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
      JsonNode body = JSON.readTree(issued.body());
      String secret = body.get("token").asString();
      assertThat(secret).startsWith("rcl_");

      HttpResponse<String> me = bearer(s, secret, "/api/v1/me");
      assertThat(me.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(me.body()).get("username").asString()).isEqualTo("analyst");
      assertThat(bearer(s, secret, "/api/v1/users").statusCode())
          .as("the token carries the analyst's role, not the issuer's")
          .isEqualTo(403);
      assertThat(bearer(s, secret + "x", "/api/v1/me").statusCode()).isEqualTo(401);

      String listed = get(s, admin, "/api/v1/users/analyst/tokens").body();
      assertThat(listed).contains("nightly export").doesNotContain(secret);
      Long stored =
          new org.springframework.jdbc.core.JdbcTemplate(store.dataSource())
              .queryForObject(
                  "SELECT COUNT(*) FROM api_token WHERE token_hash = ? OR token_hash = ?",
                  Long.class,
                  secret,
                  secret.substring(0, Math.min(64, secret.length())));
      assertThat(stored).as("the secret itself is not stored").isZero();

      long id = body.get("details").get("id").asLong();
      HttpResponse<String> revoked =
          send(
              admin,
              HttpRequest.newBuilder(URI.create(s.base() + "/api/v1/tokens/" + id))
                  .header("X-XSRF-TOKEN", admin.cookies.get("XSRF-TOKEN"))
                  .DELETE());
      assertThat(revoked.statusCode()).isEqualTo(200);
      assertThat(bearer(s, secret, "/api/v1/me").statusCode()).isEqualTo(401);
    }
  }

  private String jwt(KeyPair key, Map<String, Object> claims, Instant expires) throws Exception {
    JWTClaimsSet.Builder c =
        new JWTClaimsSet.Builder()
            .subject("idp-user-1")
            .issueTime(new Date())
            .expirationTime(Date.from(expires));
    claims.forEach(c::claim);
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), c.build());
    jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
    return jwt.serialize();
  }

  @Test
  void anIdentityProvidersJwtSignsInWithTheRoleItNames() throws Exception {
    Instant later = Instant.now().plusSeconds(600);
    try (Server s = serve()) {
      String analyst =
          jwt(
              idpKey,
              Map.of("preferred_username", "o.kovalenko", "roles", List.of("ANALYST")),
              later);
      HttpResponse<String> me = bearer(s, analyst, "/api/v1/me");
      assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
      assertThat(JSON.readTree(me.body()).get("username").asString()).isEqualTo("o.kovalenko");
      assertThat(JSON.readTree(me.body()).get("role").asString()).isEqualTo("ANALYST");
      assertThat(bearer(s, analyst, "/api/v1/users").statusCode()).isEqualTo(403);

      String operator = jwt(idpKey, Map.of("roles", "operator", "operator_id", 3), later);
      JsonNode op = JSON.readTree(bearer(s, operator, "/api/v1/me").body());
      assertThat(op.get("operatorId").asLong()).isEqualTo(3);

      String noRole = jwt(idpKey, Map.of("roles", List.of("employee")), later);
      assertThat(bearer(s, noRole, "/api/v1/me").statusCode()).isEqualTo(401);
      String expired =
          jwt(idpKey, Map.of("roles", List.of("ANALYST")), Instant.now().minusSeconds(3600));
      assertThat(bearer(s, expired, "/api/v1/me").statusCode()).isEqualTo(401);
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      String forged = jwt(g.generateKeyPair(), Map.of("roles", List.of("ADMIN")), later);
      assertThat(bearer(s, forged, "/api/v1/me").statusCode()).isEqualTo(401);
    }
  }
}
