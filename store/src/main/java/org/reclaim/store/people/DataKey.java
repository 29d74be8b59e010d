package org.reclaim.store.people;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.reclaim.store.StoreConfig;

/**
 * Where the register's data key (AES-256, for personal data) comes from, first found first:
 *
 * <ol>
 *   <li>{@code RECLAIM_DATA_KEY} in the environment, or the system property {@code
 *       reclaim.data-key}: base64 of 32 bytes (make one with {@code openssl rand -base64 32}). A
 *       production deployment sets this from its secret store.
 *   <li>For the embedded store on disk: the file {@code reclaim-data.key} beside the database,
 *       created on first use, readable by its owner only.
 *   <li>For an in-memory store: a random key for the life of the process.
 *   <li>Otherwise (PostgreSQL without a configured key): a key file under the user's data
 *       directory, {@code keys/<host>_<port>_<database>.key}, created on first use.
 * </ol>
 *
 * <p>Thread safe.
 */
public final class DataKey {
  static final String ENV = "RECLAIM_DATA_KEY";
  static final String PROPERTY = "reclaim.data-key";
  private static final Map<String, SecretKey> IN_MEMORY = new ConcurrentHashMap<>();

  private DataKey() {}

  /** The data key of the register {@code config} opens. */
  public static SecretKey resolve(StoreConfig config) {
    String given = System.getProperty(PROPERTY, System.getenv(ENV));
    if (given != null && !given.isBlank()) {
      return decode(given.strip(), ENV);
    }
    String url = config.jdbcUrl();
    if (url.startsWith("jdbc:h2:mem:")) {
      return IN_MEMORY.computeIfAbsent(url, u -> new SecretKeySpec(random(), "AES"));
    }
    Path file =
        config
            .embeddedFile()
            .map(db -> db.toAbsolutePath().resolveSibling("reclaim-data.key"))
            .orElseGet(
                () ->
                    StoreConfig.defaultDataDirectory()
                        .resolve("keys")
                        .resolve(
                            url.replaceFirst("^jdbc:[a-z]+://", "").replaceAll("[^A-Za-z0-9]+", "_")
                                + ".key"));
    return fromFile(file);
  }

  private static synchronized SecretKey fromFile(Path file) {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "reclaim-data", ".key");
        try {
          Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system: the directory's permissions must protect it
        }
        Files.writeString(tmp, Base64.getEncoder().encodeToString(random()) + "\n");
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
      return decode(Files.readString(file, StandardCharsets.UTF_8).strip(), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the data key " + file, e);
    }
  }

  private static SecretKey decode(String base64, String where) {
    byte[] k;
    try {
      k = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the data key in " + where + " is not base64", e);
    }
    if (k.length != 32) {
      throw new IllegalStateException(
          "the data key in " + where + " must be 32 bytes (AES-256), not " + k.length);
    }
    return new SecretKeySpec(k, "AES");
  }

  private static byte[] random() {
    byte[] k = new byte[32];
    new SecureRandom().nextBytes(k);
    return k;
  }
}
