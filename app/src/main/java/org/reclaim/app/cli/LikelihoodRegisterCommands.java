package org.reclaim.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reclaim.app.likelihood.AreaExplanation;
import org.reclaim.app.likelihood.LikelihoodService;
import org.reclaim.app.prioritise.CancellationCandidates;
import org.reclaim.io.export.CsvExporter;
import org.reclaim.io.export.ExportTable;
import org.reclaim.likelihood.ModelCard;
import org.reclaim.store.likelihood.StoredModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register's likelihood models from the command line, through the same {@link
 * LikelihoodService} as {@code /api/v1/likelihood}: train one from the register's completed work,
 * list them, choose the active one, and the cancellation candidates report. A refusal (no labelled
 * work, a model that is not READY) is one line naming the field, exit 2.
 */
final class LikelihoodRegisterCommands {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private LikelihoodRegisterCommands() {}

  /** {@code reclaim likelihood train-register}. */
  @Command(
      name = "train-register",
      mixinStandardHelpOptions = true,
      description =
          "Train a model on the register's completed work (ordnance found vs released clean),"
              + " validated by cross-validation grouped by region, and keep it with its card.")
  static final class TrainRegister implements Callable<Integer> {
    @Mixin DatabaseOption database = new DatabaseOption();

    @Option(names = "--activate", description = "Make the new model the active one.")
    boolean activate;

    @Option(
        names = "--user",
        defaultValue = "${sys:user.name}",
        description = "Who trains it, for the record (default: the system user).")
    String user;

    @Override
    public Integer call() {
      return RegisterCall.run(
          "likelihood train-register",
          null,
          database,
          s -> {
            StoredModel m;
            try (ProgressBars bars = new ProgressBars()) {
              m = s.likelihood().trainNow(user, null, bars::progress);
            } catch (IllegalArgumentException e) {
              System.err.println("reclaim likelihood train-register: " + e.getMessage());
              return 2;
            }
            System.out.print(card(m).validation().toText());
            if (activate) {
              s.likelihood().activate(m.id(), user);
            }
            System.out.printf(
                Locale.ROOT,
                "model %d: %,d labelled areas, ROC-AUC %.3f, Brier %.4f%s%n",
                m.id(),
                m.labelled(),
                m.rocAuc(),
                m.brier(),
                activate
                    ? ", now active"
                    : " (not active: reclaim likelihood activate " + m.id() + ")");
            return 0;
          });
    }
  }

  /** {@code reclaim likelihood features}. */
  @Command(
      name = "features",
      mixinStandardHelpOptions = true,
      description =
          "Write the register's likelihood features as CSV — one row per hazardous area, or per"
              + " cell of a grid over the land not yet released — labelled by completed work, to"
              + " train and predict with reclaim likelihood train|predict.")
  static final class Features implements Callable<Integer> {
    @Mixin DatabaseOption database = new DatabaseOption();

    @Option(
        names = "--grid",
        paramLabel = "METRES",
        description = "Cells of this size over the land not yet released, instead of areas.")
    Double grid;

    @Option(names = "--as-of", description = "The date of the features (default: today).")
    java.time.LocalDate asOf;

    @Option(
        names = {"-o", "--output"},
        required = true,
        description = "The CSV to write.")
    Path output;

    @Override
    public Integer call() {
      return RegisterCall.run(
          "likelihood features",
          null,
          database,
          s -> {
            java.time.LocalDate day = asOf != null ? asOf : java.time.LocalDate.now();
            org.reclaim.likelihood.table.Table t;
            try {
              t = grid == null ? s.likelihood().features(day) : s.likelihood().grid(day, grid);
            } catch (IllegalArgumentException e) {
              System.err.println("reclaim likelihood features: " + e.getMessage());
              return 2;
            }
            try (OutputStream o = Files.newOutputStream(output)) {
              CsvExporter.write(LikelihoodCommand.exportTable(t, "features"), o, false);
            } catch (IOException e) {
              System.err.println("reclaim likelihood features: cannot write " + output);
              return 1;
            }
            System.out.printf(
                Locale.ROOT,
                "wrote %,d %s (%d columns) to %s; group by region_id, label found%s%n",
                t.rows(),
                grid == null ? "areas" : "cells",
                t.names().size(),
                output,
                grid == null ? ", id area_id" : ", id cell_id, exclude area_id,lon,lat");
            return 0;
          });
    }
  }

  /** {@code reclaim likelihood models}. */
  @Command(
      name = "models",
      mixinStandardHelpOptions = true,
      description = "List the register's likelihood models, newest first.")
  static final class Models implements Callable<Integer> {
    @Mixin DatabaseOption database = new DatabaseOption();

    @Override
    public Integer call() {
      return RegisterCall.run(
          "likelihood models",
          null,
          database,
          s -> {
            System.out.printf(
                "%6s  %-8s  %-6s  %9s  %7s  %7s  %s%n",
                "model", "status", "active", "labelled", "ROC-AUC", "Brier", "trained");
            for (StoredModel m : s.likelihood().list()) {
              System.out.printf(
                  Locale.ROOT,
                  "%6d  %-8s  %-6s  %9s  %7s  %7s  %s%s%n",
                  m.id(),
                  m.status(),
                  m.active() ? "yes" : "",
                  m.labelled() == null ? "" : String.format(Locale.ROOT, "%,d", m.labelled()),
                  m.rocAuc() == null ? "" : String.format(Locale.ROOT, "%.3f", m.rocAuc()),
                  m.brier() == null ? "" : String.format(Locale.ROOT, "%.4f", m.brier()),
                  m.updatedAt(),
                  m.error() == null ? "" : "  " + m.error());
            }
            return 0;
          });
    }
  }

  /** {@code reclaim likelihood activate}. */
  @Command(
      name = "activate",
      mixinStandardHelpOptions = true,
      description =
          "Make a READY model the active one (rankings, method recommendations, the map), or"
              + " 'none'.")
  static final class Activate implements Callable<Integer> {
    @Mixin DatabaseOption database = new DatabaseOption();

    @Parameters(paramLabel = "MODEL", description = "A model id, or none.")
    String model;

    @Option(
        names = "--user",
        defaultValue = "${sys:user.name}",
        description = "Who chooses it, for the record (default: the system user).")
    String user;

    @Override
    public Integer call() {
      Long id;
      try {
        id = model.equalsIgnoreCase("none") ? null : Long.valueOf(model);
      } catch (NumberFormatException e) {
        System.err.println(
            "reclaim likelihood activate: MODEL must be a model id or none: " + model);
        return 2;
      }
      return RegisterCall.run(
          "likelihood activate",
          id == null ? null : "model " + id,
          database,
          s -> {
            try {
              s.likelihood().activate(id, user);
            } catch (IllegalArgumentException e) {
              System.err.println("reclaim likelihood activate: " + e.getMessage());
              return 2;
            }
            System.out.println(
                id == null ? "no likelihood model is active" : "model " + id + " is active");
            return 0;
          });
    }
  }

  /** {@code reclaim likelihood candidates}. */
  @Command(
      name = "candidates",
      mixinStandardHelpOptions = true,
      description =
          "Cancellation candidates: areas the active model finds very likely clean, most m² per"
              + " hour of non-technical survey first, each with the features behind it.")
  static final class Candidates implements Callable<Integer> {
    @Mixin DatabaseOption database = new DatabaseOption();

    @Option(
        names = "--profile",
        defaultValue = "civilian-safety",
        description = "The profile whose cancelBelow threshold applies (${DEFAULT-VALUE}).")
    String profile;

    @Option(
        names = "--limit",
        defaultValue = "50",
        description = "Areas listed (${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--out", description = "Also write the list as CSV.")
    Path out;

    @Override
    public Integer call() {
      return RegisterCall.run(
          "likelihood candidates",
          null,
          database,
          s -> {
            CancellationCandidates.Report r;
            try {
              r = s.cancellationCandidates().compute(profile, limit);
            } catch (IllegalArgumentException e) {
              System.err.println("reclaim likelihood candidates: " + e.getMessage());
              return 2;
            }
            System.out.printf(
                Locale.ROOT,
                "model %d, %s v%d: %,d of %,d unreleased areas below probability %.2f without direct"
                    + " evidence: %,.0f m² for %,.0f hours of non-technical survey%n",
                r.modelId(),
                r.profile(),
                r.profileVersion(),
                r.candidates(),
                r.areasConsidered(),
                r.cancelBelow(),
                r.candidatesM2(),
                r.surveyHours());
            for (CancellationCandidates.Candidate c : r.areas()) {
              System.out.printf(
                  Locale.ROOT,
                  "%-10s p=%.3f %,10.0f m² %,8.0f m²/h  lower: %s%n",
                  c.code(),
                  c.probability(),
                  c.areaM2(),
                  c.m2PerSurveyHour(),
                  features(c.explanation().down()));
            }
            if (out != null) {
              try (OutputStream o = Files.newOutputStream(out)) {
                CsvExporter.write(table(r), o, true);
              } catch (IOException e) {
                System.err.println("reclaim likelihood candidates: cannot write " + out);
                return 1;
              }
              System.out.println("wrote " + out);
            }
            return 0;
          });
    }
  }

  private static String features(List<AreaExplanation.Feature> fs) {
    List<String> out = new ArrayList<>();
    for (AreaExplanation.Feature f : fs.subList(0, Math.min(3, fs.size()))) {
      out.add(String.format(Locale.ROOT, "%s %+.2f", f.feature(), f.contribution()));
    }
    return String.join(", ", out);
  }

  /** The report's areas as a table: one row per area, the top features each way as text. */
  private static ExportTable table(CancellationCandidates.Report r) {
    List<String> fields =
        List.of(
            "area_id",
            "code",
            "name",
            "region_id",
            "area_m2",
            "probability",
            "survey_hours",
            "m2_per_survey_hour",
            "expected_cost_usd",
            "reason",
            "features_lowering",
            "features_raising");
    List<ExportTable.Row> rows = new ArrayList<>();
    for (CancellationCandidates.Candidate c : r.areas()) {
      java.util.Map<String, Object> v = new java.util.LinkedHashMap<>();
      v.put("area_id", c.areaId());
      v.put("code", c.code());
      v.put("name", c.name());
      v.put("region_id", c.regionId());
      v.put("area_m2", c.areaM2());
      v.put("probability", c.probability());
      v.put("survey_hours", c.surveyHours());
      v.put("m2_per_survey_hour", c.m2PerSurveyHour());
      v.put("expected_cost_usd", c.expectedCostUsd());
      v.put("reason", c.reason());
      v.put("features_lowering", features(c.explanation().down()));
      v.put("features_raising", features(c.explanation().up()));
      rows.add(new ExportTable.Row(v, null));
    }
    return new ExportTable("cancellation-candidates", fields, false, rows);
  }

  static ModelCard card(StoredModel m) {
    return JSON.readValue(m.card(), ModelCard.class);
  }
}
