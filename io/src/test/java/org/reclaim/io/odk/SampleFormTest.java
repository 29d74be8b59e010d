package org.reclaim.io.odk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The default mapping fits the sample form {@code docs/examples/nts-form.md} (the markdown copy of
 * {@code nts-form.xlsx}): every form field it reads is a question of the form, and every choice it
 * translates is a choice of that question.
 */
class SampleFormTest {
  private static final Path FORM = Path.of("../docs/examples/nts-form.md");

  /** The sheets of the form: sheet name to rows, the header row first (pyxform's reading). */
  private static Map<String, List<List<String>>> sheets() throws IOException {
    Map<String, List<List<String>>> sheets = new HashMap<>();
    String sheet = null;
    for (String line : Files.readAllLines(FORM)) {
      String row = line.strip();
      if (!row.startsWith("|") || !row.endsWith("|") || row.matches("[|-]+")) {
        continue;
      }
      String[] cells = row.substring(1, row.length() - 1).split("\\|", -1);
      if (!cells[0].isBlank()) {
        sheet = cells[0].strip();
        continue;
      }
      List<String> values = new ArrayList<>();
      for (int i = 1; i < cells.length; i++) {
        values.add(cells[i].strip());
      }
      sheets.computeIfAbsent(sheet, s -> new ArrayList<>()).add(values);
    }
    return sheets;
  }

  @Test
  void everyFormFieldTheDefaultMappingReadsIsInTheSampleForm() throws IOException {
    List<List<String>> survey = sheets().get("survey");
    int type = survey.get(0).indexOf("type");
    int name = survey.get(0).indexOf("name");
    Map<String, String> listOf = new HashMap<>();
    for (List<String> row : survey.subList(1, survey.size())) {
      String[] t = row.get(type).split(" ");
      listOf.put(row.get(name), t.length > 1 ? t[1] : "");
    }
    Map<String, Set<String>> choices = new HashMap<>();
    for (List<String> row : sheets().get("choices").subList(1, sheets().get("choices").size())) {
      choices.computeIfAbsent(row.get(0), l -> new HashSet<>()).add(row.get(1));
    }

    OdkFormMapping mapping = OdkFormMapping.defaults();
    List<String> read = new ArrayList<>();
    for (Map.Entry<String, String> e : mapping.entries().entrySet()) {
      String[] key = e.getKey().split("\\.");
      if (e.getKey().equals("instance_id")) {
        continue; // metadata ODK and KoboToolbox add, not a question
      }
      if (key.length == 3 && !key[0].equals("items")) {
        String question = mapping.sources(key[0] + "." + key[1]).get(0);
        assertThat(choices.get(listOf.get(question)))
            .as("choice %s of %s", key[2], question)
            .contains(key[2]);
        continue;
      }
      for (String source : mapping.sources(e.getKey())) {
        if (OdkFormMapping.isFormField(source)) {
          read.add(source);
        }
      }
    }
    assertThat(read).isNotEmpty().allSatisfy(f -> assertThat(listOf).containsKey(f));
    // the repeat items' types are contamination types, as the mapping's check expects
    assertThat(choices.get(listOf.get("eo_type")))
        .containsExactlyInAnyOrder("ap_mine", "at_mine", "cluster_munition", "uxo_erw", "ied");
  }
}
