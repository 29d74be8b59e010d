package org.reclaim.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageCatalogTest {
  private final MessageCatalog catalog = MessageCatalog.load();

  @ParameterizedTest
  @ValueSource(strings = {"uk", "ja"})
  void everyEnglishStringIsTranslatedAndNothingElse(String language) {
    assertThat(catalog.missing(language)).as("keys %s lacks", language).isEmpty();
    assertThat(catalog.extra(language)).as("keys only %s has", language).isEmpty();
  }

  @Test
  void languagesDifferWhereTheyShould() {
    assertThat(catalog.messages("en")).containsEntry("shell.nav.map", "Map");
    assertThat(catalog.messages("uk")).containsEntry("shell.nav.map", "Мапа");
    assertThat(catalog.messages("ja")).containsEntry("shell.nav.map", "地図");
  }

  @Test
  void anUnknownLanguageGetsEnglish() {
    assertThat(catalog.messages("fr")).isEqualTo(catalog.messages("en"));
  }
}
