package org.reclaim.store;

import java.nio.file.Path;

/**
 * Where the register lives.
 *
 * @param jdbcUrl {@code jdbc:h2:...} (embedded) or {@code jdbc:postgresql:...} (PostGIS)
 * @param user database user, may be empty for the embedded store
 * @param password database password, may be empty
 */
public record StoreConfig(String jdbcUrl, String user, String password) {
  /**
   * The embedded store's file system: H2's {@code retry:}, the ordinary disk file reopened when an
   * interrupted thread closed it, and the operation retried. Java closes a file channel whose
   * thread is interrupted in the middle of an operation; with the plain {@code file:} a thread
   * interrupted while H2 read or wrote the file for it — a request thread when the server stops, a
   * pool's thread when it is shut down — closed the file, H2 then closed the whole database for
   * every other thread, and the register was left as if its process had been killed ({@code
   * InterruptedThreadsTest}). ({@code async:}, Java's asynchronous channel, which an interrupt does
   * not close, passes the same test; the disk file every crash-harness run had used was kept, as
   * the smaller change. Under a kill both lose a few commits alike: docs/reliability.md.)
   */
  private static final String EMBEDDED_PREFIX = "jdbc:h2:retry:";

  /** What {@link #embeddedFile} recognises: the embedded store's URL, or one a user gave. */
  private static final java.util.List<String> EMBEDDED_PREFIXES =
      java.util.List.of(EMBEDDED_PREFIX, "jdbc:h2:file:");

  public StoreConfig {
    if (jdbcUrl == null || jdbcUrl.isBlank()) {
      throw new IllegalArgumentException("a JDBC URL is required");
    }
    Vendor.fromJdbcUrl(jdbcUrl);
    user = user == null ? "" : user;
    password = password == null ? "" : password;
  }

  /** The vendor the URL points at. */
  public Vendor vendor() {
    return Vendor.fromJdbcUrl(jdbcUrl);
  }

  /**
   * The embedded store in {@code directory} (created on first use). {@code WRITE_DELAY=0}: a commit
   * is written to the database file before it returns, so that a write acknowledged to a client
   * survives the server process being killed (H2 otherwise writes committed changes up to half a
   * second later; {@code reclaim bench crash} lost acknowledged writes that way). {@code
   * CACHE_SIZE}: an eighth of the JVM's largest heap for H2's page cache ({@link
   * #embeddedCacheKib}), where H2 keeps 64 MiB whatever the heap — a national register is
   * gigabytes, and a map tile or a ranking that misses the cache reads the file.
   */
  public static StoreConfig embedded(Path directory) {
    return new StoreConfig(
        EMBEDDED_PREFIX
            + directory.toAbsolutePath().resolve("reclaim")
            + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;CACHE_SIZE="
            + embeddedCacheKib(Runtime.getRuntime().maxMemory()),
        "sa",
        "");
  }

  /** The embedded store's page cache in KiB for a heap of {@code maxHeapBytes}: 1/8, ≥ 64 MiB. */
  static long embeddedCacheKib(long maxHeapBytes) {
    return Math.max(64 * 1024, maxHeapBytes / 8 / 1024);
  }

  /** An in-memory embedded store, for tests: gone when the last connection closes. */
  public static StoreConfig inMemory(String name) {
    return new StoreConfig("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
  }

  /**
   * The user's data directory for Reclaim: {@code $RECLAIM_DATA_DIR}, else {@code
   * $XDG_DATA_HOME/reclaim}, else {@code $HOME/.local/share/reclaim} (the XDG Base Directory
   * default; {@code $HOME} as the shell has it, which the JVM's {@code user.home} need not be),
   * else the same under {@code user.home} when {@code HOME} is not set.
   */
  public static Path defaultDataDirectory() {
    return dataDirectory(System.getenv());
  }

  /** {@link #defaultDataDirectory()} for a given environment (tests). */
  public static Path dataDirectory(java.util.Map<String, String> env) {
    String explicit = env.get("RECLAIM_DATA_DIR");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String xdg = env.get("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "reclaim");
    }
    String home = env.get("HOME");
    if (home == null || home.isBlank()) {
      home = System.getProperty("user.home");
    }
    return Path.of(home, ".local", "share", "reclaim");
  }

  /** The default: the embedded store in {@link #defaultDataDirectory()}. */
  public static StoreConfig defaultEmbedded() {
    return embedded(defaultDataDirectory());
  }

  /**
   * The embedded database's file (without H2's {@code .mv.db}) when this is the embedded register
   * on disk; empty for an in-memory or PostgreSQL register.
   */
  public java.util.Optional<Path> embeddedFile() {
    String prefix = EMBEDDED_PREFIXES.stream().filter(jdbcUrl::startsWith).findFirst().orElse(null);
    if (prefix == null) {
      return java.util.Optional.empty();
    }
    String rest = jdbcUrl.substring(prefix.length());
    int semicolon = rest.indexOf(';');
    return java.util.Optional.of(Path.of(semicolon < 0 ? rest : rest.substring(0, semicolon)));
  }

  /** The URL without credentials, for messages. */
  @Override
  public String toString() {
    return jdbcUrl;
  }
}
