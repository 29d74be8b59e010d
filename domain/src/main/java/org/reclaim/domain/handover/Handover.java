package org.reclaim.domain.handover;

import java.time.LocalDate;
import org.reclaim.domain.Check;
import org.reclaim.domain.DomainException;
import org.reclaim.domain.hazard.LandUse;

/**
 * The handover of a released hazardous area to its community or owner (IMAS 07.11 §10), with the
 * land's use after release and the date it returned to that use.
 *
 * @param id positive identifier
 * @param hazardousAreaId the released area
 * @param certificateNo the handover certificate's number, unique
 * @param handedOverOn date of the handover
 * @param recipient who received the land (local authority, owner, community), free text
 * @param releasedM2 m² handed over (the area's released total), {@code > 0}
 * @param landUseAfter use of the land after release
 * @param returnedToUseOn date the land was seen back in use, not before the handover; {@code null}
 *     until then
 */
public record Handover(
    long id,
    long hazardousAreaId,
    String certificateNo,
    LocalDate handedOverOn,
    String recipient,
    double releasedM2,
    LandUse landUseAfter,
    LocalDate returnedToUseOn) {
  private static final String E = "Handover";

  public Handover {
    Check.id(E, "id", id);
    Check.id(E, "hazardousAreaId", hazardousAreaId);
    certificateNo = Check.notBlank(E, "certificateNo", certificateNo);
    Check.notNull(E, "handedOverOn", handedOverOn);
    recipient = Check.notBlank(E, "recipient", recipient);
    Check.positive(E, "releasedM2", releasedM2);
    Check.notNull(E, "landUseAfter", landUseAfter);
    if (returnedToUseOn != null && returnedToUseOn.isBefore(handedOverOn)) {
      throw new DomainException(
          E,
          "returnedToUseOn",
          "(" + returnedToUseOn + ") is before the handover (" + handedOverOn + ")");
    }
  }

  /** A copy recording the land's use after release and the day it returned to use. */
  public Handover withReturnToUse(LandUse use, LocalDate on) {
    return new Handover(
        id, hazardousAreaId, certificateNo, handedOverOn, recipient, releasedM2, use, on);
  }
}
