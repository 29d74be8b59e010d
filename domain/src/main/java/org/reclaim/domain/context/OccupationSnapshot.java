package org.reclaim.domain.context;

import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.reclaim.domain.Check;
import org.reclaim.domain.DomainException;

/**
 * The territory occupied on one date, as a published front-line map draws it (e.g. DeepStateMap's
 * snapshots): a polygon or multipolygon. A series of snapshots says, for any place, whether and for
 * how long it was occupied and how far it was from the line of contact — what concentrates
 * contamination (likelihood features, docs/likelihood.md). Imported as a layer ({@code
 * occupation-snapshots}).
 *
 * @param id positive identifier
 * @param validOn the date the snapshot shows
 * @param source who published it, free text
 * @param geometry the occupied territory, WGS84
 */
public record OccupationSnapshot(long id, LocalDate validOn, String source, Geometry geometry) {
  public OccupationSnapshot {
    Check.id("OccupationSnapshot", "id", id);
    Check.notNull("OccupationSnapshot", "validOn", validOn);
    source = Check.notBlank("OccupationSnapshot", "source", source);
    Check.notNull("OccupationSnapshot", "geometry", geometry);
    if (!(geometry instanceof Polygonal) || geometry.isEmpty()) {
      throw new DomainException(
          "OccupationSnapshot", "geometry", "must be a polygon or multipolygon");
    }
  }
}
