package org.reclaim.domain.people;

import java.time.LocalDate;
import org.locationtech.jts.geom.Point;
import org.reclaim.domain.Check;

/**
 * One explosive ordnance risk education session or activity (IMAS 12.10): when, where, how, for
 * whom and how many people it reached, disaggregated.
 *
 * @param id positive identifier
 * @param operatorId the organisation that delivered it
 * @param heldOn the day
 * @param location where it was held (for mass media, the area's centre), WGS84
 * @param settlementId the settlement it was held in or for, or {@code null}
 * @param method face to face, digital or mass media
 * @param audience the audience, e.g. {@code schoolchildren}, {@code farmers}, {@code IDPs}
 * @param beneficiaries people reached
 */
public record EoreSession(
    long id,
    long operatorId,
    LocalDate heldOn,
    Point location,
    Long settlementId,
    EoreMethod method,
    String audience,
    Beneficiaries beneficiaries) {
  private static final String E = "EoreSession";

  public EoreSession {
    Check.id(E, "id", id);
    Check.id(E, "operatorId", operatorId);
    Check.notNull(E, "heldOn", heldOn);
    Check.notNull(E, "location", location);
    if (settlementId != null) {
      Check.id(E, "settlementId", settlementId);
    }
    Check.notNull(E, "method", method);
    audience = Check.notBlank(E, "audience", audience);
    Check.notNull(E, "beneficiaries", beneficiaries);
  }
}
