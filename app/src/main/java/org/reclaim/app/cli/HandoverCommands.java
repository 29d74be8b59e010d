package org.reclaim.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.reclaim.app.release.HandoverService;
import org.reclaim.app.wiring.Services;
import org.reclaim.domain.handover.Handover;
import org.reclaim.domain.hazard.LandUse;
import org.reclaim.store.NotFoundException;
import org.reclaim.store.Versioned;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Handover of released land and its use afterwards from the command line: {@code reclaim release
 * handover}, {@code certificate} and {@code land-use}, over {@link HandoverService}.
 */
final class HandoverCommands {
  private HandoverCommands() {}

  /** {@code reclaim release handover}. */
  @Command(
      name = "handover",
      description =
          "Hand a released area over and write its certificate; refused with every blocker (open"
              + " tasks, QC not passed, open critical non-conformities).")
  static final class HandOver extends RecordingCommand {
    @Option(names = "--area", required = true, paramLabel = "ID", description = "The area's id.")
    long area;

    @Option(names = "--on", required = true, description = "Day of the handover.")
    LocalDate on;

    @Option(names = "--recipient", required = true, description = "Who receives the land.")
    String recipient;

    @Option(
        names = "--land-use",
        description = "Use of the land after release (default: its use before).")
    LandUse landUse;

    @Option(names = "--returned-on", description = "Day the land returned to use, if known.")
    LocalDate returnedOn;

    @Option(names = "--out", description = "Write the certificate (HTML) to this file.")
    Path out;

    @Override
    String record(Services s) {
      HandoverService service = s.handovers();
      Handover h = service.handOver(area, on, recipient, landUse, returnedOn, user).value();
      String stored =
          String.format(
              Locale.ROOT,
              "handover %d of area %d: certificate %s, %s m2 to %s, land use %s",
              h.id(),
              area,
              h.certificateNo(),
              n(h.releasedM2()),
              h.recipient(),
              h.landUseAfter());
      return out == null ? stored : stored + "\n" + save(service.certificate(h.id()), out);
    }
  }

  /** {@code reclaim release certificate}. */
  @Command(
      name = "certificate",
      description = "Write the handover certificate (HTML) of a handover again.")
  static final class Certificate extends RecordingCommand {
    @Option(names = "--handover", required = true, paramLabel = "ID", description = "The id.")
    long handover;

    @Option(names = "--out", description = "Write to this file (default: standard output).")
    Path out;

    @Override
    String record(Services s) {
      String html = s.handovers().certificate(handover);
      return out == null ? html : save(html, out);
    }
  }

  /** A handover, named by its id or by its area's. */
  static final class Which {
    @Option(names = "--handover", paramLabel = "ID", description = "The handover's id.")
    Long handover;

    @Option(names = "--area", paramLabel = "ID", description = "The handed-over area's id.")
    Long area;
  }

  /** {@code reclaim release land-use}. */
  @Command(
      name = "land-use",
      description =
          "Record the use of handed-over land and the day it returned to use (the nexus measure).")
  static final class LandUseCommand extends RecordingCommand {
    @ArgGroup(multiplicity = "1")
    Which which;

    @Option(
        names = "--use",
        required = true,
        description = "AGRICULTURE, PASTURE, FOREST, RESIDENTIAL, INFRASTRUCTURE, …")
    LandUse use;

    @Option(names = "--returned-on", description = "Day the land returned to that use.")
    LocalDate returnedOn;

    @Override
    String record(Services s) {
      HandoverService service = s.handovers();
      Versioned<Handover> current =
          which.handover != null
              ? s.handovers().get(which.handover)
              : service
                  .findByArea(which.area)
                  .orElseThrow(() -> new NotFoundException("Handover of area", which.area));
      Handover h =
          service
              .returnToUse(current.value().id(), current.version(), use, returnedOn, user)
              .value();
      return String.format(
          Locale.ROOT,
          "handover %d (area %d): land use %s, returned to use %s",
          h.id(),
          h.hazardousAreaId(),
          h.landUseAfter(),
          h.returnedToUseOn() == null ? "not yet" : h.returnedToUseOn());
    }
  }
}
