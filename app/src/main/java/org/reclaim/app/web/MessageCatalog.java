package org.reclaim.app.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every user-interface string of the web app, by language. Bundles are UTF-8 properties files named
 * {@code i18n/<bundle>_<lang>.properties} on the classpath; a page's keys are prefixed with its
 * bundle name ({@code map.title}, {@code ranking.column.score}) so that bundles never clash.
 * English is complete by rule; a key missing in another language falls back to English (and {@link
 * #missing} lists such keys, which a test keeps empty).
 */
public final class MessageCatalog {
  /** The languages the web app speaks, English first (the fallback). */
  public static final List<String> LANGUAGES = List.of("en", "uk", "ja");

  private static final Pattern NAME = Pattern.compile("([a-z0-9-]+)_([a-z]{2})\\.properties");

  private final Map<String, Map<String, String>> byLanguage;

  private MessageCatalog(Map<String, Map<String, String>> byLanguage) {
    this.byLanguage = byLanguage;
  }

  /** Reads every {@code i18n/*_<lang>.properties} on the classpath. */
  public static MessageCatalog load() {
    Map<String, Map<String, String>> byLanguage = new TreeMap<>();
    LANGUAGES.forEach(language -> byLanguage.put(language, new TreeMap<>()));
    try {
      Resource[] resources =
          new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
      for (Resource resource : resources) {
        Matcher name = NAME.matcher(String.valueOf(resource.getFilename()));
        if (!name.matches() || !byLanguage.containsKey(name.group(2))) {
          continue;
        }
        Properties properties = new Properties();
        try (Reader reader =
            new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
          properties.load(reader);
        }
        Map<String, String> messages = byLanguage.get(name.group(2));
        for (String key : properties.stringPropertyNames()) {
          if (!key.startsWith(name.group(1) + ".")) {
            throw new IllegalStateException(
                "message key "
                    + key
                    + " in "
                    + resource.getFilename()
                    + " must start with "
                    + name.group(1)
                    + ".");
          }
          String previous = messages.put(key, properties.getProperty(key));
          if (previous != null) {
            throw new IllegalStateException(
                "message key " + key + " is defined twice for language " + name.group(2));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the user-interface bundles", e);
    }
    return new MessageCatalog(byLanguage);
  }

  /**
   * The strings for a language, English filling any gap. An unknown language gets English: the
   * browser's first preference may be one Reclaim does not speak.
   */
  public Map<String, String> messages(String language) {
    Map<String, String> merged = new TreeMap<>(byLanguage.get("en"));
    Map<String, String> own = byLanguage.get(language);
    if (own != null) {
      merged.putAll(own);
    }
    return Collections.unmodifiableMap(merged);
  }

  /** English keys that {@code language} does not translate. */
  public Set<String> missing(String language) {
    Set<String> missing = new TreeSet<>(byLanguage.get("en").keySet());
    missing.removeAll(byLanguage.getOrDefault(language, Map.of()).keySet());
    return missing;
  }

  /** Keys a language defines that English does not (usually a typo in the key). */
  public Set<String> extra(String language) {
    Set<String> extra = new TreeSet<>(byLanguage.getOrDefault(language, Map.of()).keySet());
    extra.removeAll(byLanguage.get("en").keySet());
    return extra;
  }
}
