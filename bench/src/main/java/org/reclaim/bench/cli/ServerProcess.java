package org.reclaim.bench.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code reclaim serve} in a JVM of its own, started from the same jar (or class path) as this
 * process: the load test drives it from outside, the crash harness kills it. Output goes to a log
 * file.
 */
final class ServerProcess implements AutoCloseable {
  private final Process process;
  final int port;
  final Path log;

  private ServerProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts {@code reclaim serve --port <port> <storeArgs>} and waits until it answers its health
   * check.
   *
   * @param jvmOptions options of the server's JVM ({@code -Xmx2g}, a flight recording)
   * @param env environment added to this process's
   */
  static ServerProcess start(
      List<String> storeArgs, int port, List<String> jvmOptions, Map<String, String> env, Path log)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    String classPath = System.getProperty("java.class.path");
    if (!classPath.contains(java.io.File.pathSeparator) && classPath.endsWith(".jar")) {
      command.addAll(List.of("-jar", classPath));
    } else {
      command.addAll(List.of("-cp", classPath, "org.reclaim.bench.BenchApplication"));
    }
    command.addAll(List.of("serve", "--port", String.valueOf(port)));
    command.addAll(storeArgs);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.environment().putAll(env);
    ServerProcess server = new ServerProcess(pb.start(), port, log);
    try {
      // the embedded store's recovery after a kill rebuilds its spatial indexes: minutes for a
      // register of millions of rows
      server.awaitHealthy(Duration.ofMinutes(10));
    } catch (IOException | InterruptedException | RuntimeException e) {
      // a server that never answered must not keep the store locked for the next start
      server.process.destroyForcibly();
      server.process.waitFor();
      throw e;
    }
    return server;
  }

  private void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("the server exited with " + process.exitValue() + "; see " + log);
      }
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(URI.create(base() + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IOException("the server did not become healthy in " + timeout + "; see " + log);
  }

  String base() {
    return "http://localhost:" + port;
  }

  long pid() {
    return process.pid();
  }

  /** SIGKILL: no shutdown hook, no flush — what a power cut or the OOM killer does. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** A normal stop (SIGTERM), waiting for the JVM to end. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      kill();
    }
  }

  /**
   * An account of {@code role} in {@code store} with a personal API token, for a bench client to
   * sign in with; returns the token's secret (also the account's password).
   */
  static String accountWithToken(
      org.reclaim.store.ReclaimStore store, String username, String role) {
    String secret = org.reclaim.app.security.ApiTokens.newSecret();
    String hash =
        "{bcrypt}"
            + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode(secret);
    store.people().users().create(username, hash, role, null, "bench");
    store
        .people()
        .apiTokens()
        .create(username, "bench", org.reclaim.app.security.ApiTokens.hash(secret), null, "bench");
    return secret;
  }

  /** A free TCP port on loopback. */
  static int freePort() throws IOException {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
