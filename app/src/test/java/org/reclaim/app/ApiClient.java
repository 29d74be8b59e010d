package org.reclaim.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** HTTP Basic requests to a test server, as one of its users. */
final class ApiClient {
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final Map<String, String> passwords;
  private final String contentType;

  /**
   * @param base e.g. {@code http://localhost:41234}
   * @param passwords user → password
   * @param contentType sent with a body unless the headers name one
   */
  ApiClient(String base, Map<String, String> passwords, String contentType) {
    this.base = base;
    this.passwords = passwords;
    this.contentType = contentType;
  }

  /** Sends a request; {@code user} null means anonymous; {@code headers} are name, value pairs. */
  HttpResponse<String> send(String method, String path, String user, String body, String... headers)
      throws Exception {
    return http.send(
        request(method, path, user, body, headers), HttpResponse.BodyHandlers.ofString());
  }

  /** A ranking run of the register under {@code profile}, asked for by {@code user}: its id. */
  long rank(String user, String profile) throws Exception {
    HttpResponse<String> r =
        send("POST", "/api/v1/rankings", user, "{\"profile\":\"" + profile + "\"}");
    if (r.statusCode() != 201) {
      throw new AssertionError("ranking refused: " + r.statusCode() + " " + r.body());
    }
    return tools.jackson.databind.json.JsonMapper.builder()
        .build()
        .readTree(r.body())
        .get("id")
        .asLong();
  }

  /** A GET whose answer is read as bytes (vector tiles, PDFs). */
  HttpResponse<byte[]> getBytes(String path, String user, String... headers) throws Exception {
    return http.send(
        request("GET", path, user, null, headers), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpRequest request(
      String method, String path, String user, String body, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (user != null) {
      String credentials = user + ":" + passwords.get(user);
      b.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    if (body != null && !List.of(headers).contains("Content-Type")) {
      b.header("Content-Type", contentType);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b.build();
  }
}
