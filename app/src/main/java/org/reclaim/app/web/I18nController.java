package org.reclaim.app.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The web app's strings, one catalogue per language; public, like the static pages. */
@RestController
@RequestMapping("/api/v1/i18n")
@Tag(name = "Web app", description = "User-interface strings by language")
class I18nController {
  private final MessageCatalog catalog = MessageCatalog.load();

  @Operation(summary = "The languages the web app speaks")
  @GetMapping
  List<String> languages() {
    return MessageCatalog.LANGUAGES;
  }

  @Operation(summary = "Every user-interface string in a language (English fills gaps)")
  @GetMapping("/{language}")
  ResponseEntity<Map<String, String>> messages(@PathVariable String language) {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
        .body(catalog.messages(language));
  }
}
