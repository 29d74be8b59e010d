package org.reclaim.app.prioritise;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reclaim.analysis.profile.PolicyProfile;
import org.reclaim.domain.DomainException;
import org.reclaim.store.NotFoundException;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.StaleVersionException;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The policy profiles: the built-in ones shipped as {@code profiles/*.json} (version 1) and every
 * version saved since, in table {@code policy_profile}. Saving needs the version the editor started
 * from: if someone saved in between, the save is refused ({@link StaleVersionException}) rather
 * than silently overwriting. Thread safe.
 */
@Service
public final class ProfileCatalog {
  /** The profiles every installation starts with. */
  public static final List<String> BUILT_IN =
      List.of("civilian-safety", "agricultural-recovery", "critical-infrastructure", "balanced");

  static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final ReclaimStore store;
  private final Map<String, PolicyProfile> builtIn = new LinkedHashMap<>();

  /** Reads the built-in profiles from the classpath. */
  public ProfileCatalog(ReclaimStore store) {
    this.store = store;
    for (String name : BUILT_IN) {
      builtIn.put(name, builtIn(name));
    }
  }

  /** A built-in profile, read from the classpath. */
  public static PolicyProfile builtIn(String name) {
    try (InputStream in = ProfileCatalog.class.getResourceAsStream("/profiles/" + name + ".json")) {
      if (in == null) {
        throw new NotFoundException("PolicyProfile", name);
      }
      return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses profile JSON; a malformed document is a {@link DomainException} naming the field. */
  public static PolicyProfile parse(String json) {
    try {
      return JSON.readValue(json, PolicyProfile.class);
    } catch (JacksonException e) {
      Throwable cause = e.getCause();
      if (cause instanceof DomainException d) {
        throw d;
      }
      String field = e.getPathReference() == null ? "profile" : pathOf(e);
      throw new DomainException("PolicyProfile", field, e.getOriginalMessage());
    }
  }

  private static String pathOf(JacksonException e) {
    StringBuilder out = new StringBuilder();
    for (var ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        out.append(out.isEmpty() ? "" : ".").append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.isEmpty() ? "profile" : out.toString();
  }

  /** The profile as JSON. */
  public static String toJson(PolicyProfile profile) {
    return JSON.writeValueAsString(profile);
  }

  /** The latest version of every profile, built-in ones first. */
  public List<PolicyProfile> listLatest() {
    Map<String, PolicyProfile> out = new LinkedHashMap<>(builtIn);
    for (String body : store.profiles().listLatestBodies()) {
      PolicyProfile p = parse(body);
      out.put(p.name(), p);
    }
    return new ArrayList<>(out.values());
  }

  /** Every version of one profile, oldest first. */
  public List<PolicyProfile> listVersions(String name) {
    List<PolicyProfile> out = new ArrayList<>();
    if (builtIn.containsKey(name)) {
      out.add(builtIn.get(name));
    }
    store.profiles().listBodies(name).forEach(body -> out.add(parse(body)));
    if (out.isEmpty()) {
      throw new NotFoundException("PolicyProfile", name);
    }
    return out;
  }

  /** The latest version of {@code name}. */
  public PolicyProfile getLatest(String name) {
    List<PolicyProfile> all = listVersions(name);
    return all.get(all.size() - 1);
  }

  /** One version of {@code name}. */
  public PolicyProfile get(String name, int version) {
    return listVersions(name).stream()
        .filter(p -> p.version() == version)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("PolicyProfile", name + " version " + version));
  }

  /** The latest version of {@code name}, if the profile exists. */
  public Optional<PolicyProfile> findLatest(String name) {
    try {
      return Optional.of(getLatest(name));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * Saves {@code edited} as the next version of profile {@code name}.
   *
   * @param expectedVersion the version the edit started from; for a new profile, 0
   * @return the saved profile, with its new version number
   * @throws StaleVersionException when the latest version is not {@code expectedVersion}
   */
  public PolicyProfile save(String name, PolicyProfile edited, long expectedVersion, String actor) {
    if (!edited.name().equals(name)) {
      throw new DomainException("PolicyProfile", "name", "must be '" + name + "' as in the path");
    }
    int latest = findLatest(name).map(PolicyProfile::version).orElse(0);
    if (latest != expectedVersion) {
      throw new StaleVersionException("PolicyProfile " + name + ",", latest, expectedVersion);
    }
    PolicyProfile next = edited.withVersion(latest + 1);
    if (!store.profiles().insert(name, next.version(), toJson(next), Instant.now(), actor)) {
      throw new StaleVersionException("PolicyProfile " + name + ",", latest + 1, expectedVersion);
    }
    return next;
  }
}
