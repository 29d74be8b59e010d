package org.reclaim.bench.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A benchmark's client of a served register ({@link ServerProcess}): requests signed in with a
 * personal API token, JSON answers.
 *
 * @param http the HTTP client
 * @param base the server's address ({@code http://localhost:<port>})
 * @param token the API token's secret
 * @param timeout how long a request may take, or {@code null} for no limit
 */
record BenchClient(HttpClient http, String base, String token, Duration timeout) {
  static final JsonMapper JSON = JsonMapper.builder().build();

  /** A request to {@code path} ("/api/v1/…") carrying the token. */
  HttpRequest.Builder request(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token);
    return timeout == null ? b : b.timeout(timeout);
  }

  /** The JSON answer to {@code GET path}. */
  JsonNode getJson(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException("GET " + path + ": " + r.statusCode() + " " + r.body());
    }
    return JSON.readTree(r.body());
  }

  /** The name of the register's first policy profile. */
  String firstProfile() throws IOException, InterruptedException {
    return getJson("/api/v1/profiles").get(0).get("name").asString();
  }
}
