package org.reclaim.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.reclaim.domain.DomainForTest;
import org.reclaim.domain.evidence.EvidenceType;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.StoreConfig;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Vector tiles over HTTP: what a tile holds (the areas in it, with their properties, decoded by the
 * same library's reader), the layer's lowest zoom, refusals by role and range, and revalidation
 * after the register changes. A real server over an in-memory register.
 */
class VectorTileIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static ReclaimStore store;
  private static ConfigurableApplicationContext server;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    store = ReclaimStore.open(StoreConfig.inMemory("vector-tile-it"));
    store.inTransaction(
        () -> {
          store.regions().insertAll(List.of(DomainForTest.country()), "test", "fixture");
          // twelve areas 0.01° apart along latitude 50.0, from 36.01° to 36.12° east
          for (int i = 1; i <= 12; i++) {
            store.hazardousAreas().insert(DomainForTest.area(i, 36.0 + i * 0.01, 50.0), "test");
          }
          store
              .evidence()
              .insert(DomainForTest.evidence(500, EvidenceType.EO_SIGHTING, 36.05, 50.0), "t");
        });
    Map<String, String> users = Map.of("analyst", "pw-a", "donor", "pw-d");
    server = ReclaimServer.start(store, 0, users);
    String base =
        "http://localhost:" + ((WebServerApplicationContext) server).getWebServer().getPort();
    api = new ApiClient(base, users, "application/json");
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  /** Tile x/y holding lon/lat at zoom z (the slippy-map formula). */
  private static String tileOf(int z, double lon, double lat) {
    int n = 1 << z;
    int x = (int) Math.floor((lon + 180) / 360 * n);
    double r = Math.toRadians(lat);
    int y = (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * n);
    return z + "/" + x + "/" + y;
  }

  private static JtsLayer decode(byte[] tile, String layer) throws Exception {
    return MvtReader.loadMvt(
            new ByteArrayInputStream(tile),
            new GeometryFactory(),
            new TagKeyValueMapConverter(false, "id"),
            MvtReader.RING_CLASSIFIER_V2_1)
        .getLayer(layer);
  }

  @Test
  void aTileHoldsTheAreasInItWithTheirProperties() throws Exception {
    HttpResponse<byte[]> r =
        api.getBytes("/api/v1/tiles/hazardous-areas/" + tileOf(9, 36.06, 50.0) + ".mvt", "donor");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .contains("application/vnd.mapbox-vector-tile");
    JtsLayer layer = decode(r.body(), "hazardous-areas");
    List<String> codes = new ArrayList<>();
    for (Geometry g : layer.getGeometries()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> tags = (Map<String, Object>) g.getUserData();
      codes.add(String.valueOf(tags.get("code")));
      assertThat(tags).containsKeys("id", "status", "hazard_class");
    }
    assertThat(codes)
        .containsExactlyInAnyOrder(
            "HA-1", "HA-2", "HA-3", "HA-4", "HA-5", "HA-6", "HA-7", "HA-8", "HA-9", "HA-10",
            "HA-11", "HA-12");
    assertThat(r.headers().firstValue("X-Reclaim-Features")).contains("12");

    // a tile far away holds none
    JtsLayer empty =
        decode(
            api.getBytes("/api/v1/tiles/hazardous-areas/" + tileOf(9, 30.0, 48.0) + ".mvt", "donor")
                .body(),
            "hazardous-areas");
    assertThat(empty.getGeometries()).isEmpty();
    // at zoom 14 the tile of area 1 holds it but not area 12, 0.11° east
    JtsLayer close =
        decode(
            api.getBytes(
                    "/api/v1/tiles/hazardous-areas/" + tileOf(14, 36.0105, 50.0005) + ".mvt",
                    "donor")
                .body(),
            "hazardous-areas");
    assertThat(close.getGeometries())
        .extracting(g -> String.valueOf(((Map<?, ?>) g.getUserData()).get("code")))
        .contains("HA-1")
        .doesNotContain("HA-12");
  }

  @Test
  void givenARankingRunEveryAreaCarriesItsRankInIt() throws Exception {
    long runId = api.rank("analyst", "civilian-safety");
    Map<Long, Integer> rankById = new java.util.HashMap<>();
    for (var row :
        JSON.readTree(
            api.send("GET", "/api/v1/rankings/" + runId + "/rows?limit=100", "analyst", null)
                .body())) {
      rankById.put(row.get("areaId").asLong(), row.get("rank").asInt());
    }
    assertThat(rankById).hasSizeGreaterThanOrEqualTo(12); // 13 once another test added one

    String path = "/api/v1/tiles/hazardous-areas/" + tileOf(9, 36.06, 50.0) + ".mvt";
    JtsLayer layer =
        decode(api.getBytes(path + "?run=" + runId, "donor").body(), "hazardous-areas");
    Map<Long, Integer> tileRanks = new java.util.HashMap<>();
    for (Geometry g : layer.getGeometries()) {
      Map<?, ?> tags = (Map<?, ?>) g.getUserData();
      tileRanks.put(((Number) tags.get("id")).longValue(), ((Number) tags.get("rank")).intValue());
    }
    // every area of the tile, with the rank the run gave it
    assertThat(tileRanks).containsKeys(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
    assertThat(rankById).containsAllEntriesOf(tileRanks);
    // without a run, no rank
    for (Geometry g :
        decode(api.getBytes(path, "donor").body(), "hazardous-areas").getGeometries()) {
      assertThat(((Map<?, ?>) g.getUserData()).containsKey("rank")).isFalse();
    }
    // an unknown run, or a run asked of a layer without ranks, is refused
    assertThat(api.send("GET", path + "?run=999999", "donor", null).statusCode()).isEqualTo(404);
    HttpResponse<String> evidence =
        api.send(
            "GET",
            "/api/v1/tiles/evidence/" + tileOf(12, 36.05, 50.0) + ".mvt?run=" + runId,
            "analyst",
            null);
    assertThat(evidence.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(evidence.body()).get("field").asString()).isEqualTo("run");
  }

  @Test
  void belowItsZoomALayerIsEmptyAndEvidenceIsNotForDonors() throws Exception {
    HttpResponse<byte[]> low =
        api.getBytes("/api/v1/tiles/evidence/" + tileOf(7, 36.05, 50.0) + ".mvt", "analyst");
    assertThat(low.statusCode()).isEqualTo(200);
    assertThat(decode(low.body(), "evidence").getGeometries()).isEmpty();
    HttpResponse<byte[]> high =
        api.getBytes("/api/v1/tiles/evidence/" + tileOf(12, 36.05, 50.0) + ".mvt", "analyst");
    assertThat(decode(high.body(), "evidence").getGeometries()).hasSize(1);
    assertThat(
            api.getBytes("/api/v1/tiles/evidence/" + tileOf(12, 36.05, 50.0) + ".mvt", "donor")
                .statusCode())
        .isEqualTo(403);
    assertThat(api.getBytes("/api/v1/tiles/hazardous-areas/9/1/1.mvt", null).statusCode())
        .isEqualTo(401);
  }

  @Test
  void theLowZoomAreaTilesAreMadeAheadOnceTheRegisterSettles() throws Exception {
    // a second server over the same register, making tiles ahead from the first area
    try (ConfigurableApplicationContext ahead =
        ReclaimServer.start(store, 0, Map.of(), "--reclaim.map.tiles-ahead-from=1")) {
      org.reclaim.app.api.VectorTiles tiles = ahead.getBean(org.reclaim.app.api.VectorTiles.class);
      long version = ahead.getBean(org.reclaim.app.register.AuditTrail.class).registerVersion();
      tiles.warmIfSettled(); // first look: the register may still be changing
      assertThat(tiles.warmedVersion()).isEqualTo(-1);
      assertThat(tiles.cachedTiles()).isZero();
      tiles.warmIfSettled(); // unchanged since: made ahead
      assertThat(tiles.warmedVersion()).isEqualTo(version);
      org.locationtech.jts.geom.Envelope extent =
          store.hazardousAreas().listAll().stream()
              .map(a -> a.geometry().getEnvelopeInternal())
              .reduce(
                  new org.locationtech.jts.geom.Envelope(),
                  (a, b) -> {
                    a.expandToInclude(b);
                    return a;
                  });
      long expected = 0;
      for (int z = 6; z <= 10; z++) { // the areas' tiles to zoom 10, the public warnings' to 8
        int[] r = org.reclaim.app.api.VectorTiles.tileRange(extent, z);
        expected += (long) (r[2] - r[0] + 1) * (r[3] - r[1] + 1) * (z <= 8 ? 2 : 1);
      }
      assertThat(tiles.cachedTiles()).isEqualTo(expected);

      // a change: nothing is made until it has settled, then the tiles are made again
      store.hazardousAreas().insert(DomainForTest.area(40, 40.0, 52.0), "test");
      tiles.warmIfSettled();
      assertThat(tiles.warmedVersion()).isEqualTo(version);
      tiles.warmIfSettled();
      assertThat(tiles.warmedVersion()).isGreaterThan(version);
    }
  }

  @Test
  void aTileMadeFromTheLayersCopyInMemoryIsTheTileMadeFromTheStore() throws Exception {
    org.reclaim.app.api.VectorTiles fromStore =
        server.getBean(org.reclaim.app.api.VectorTiles.class);
    try (ConfigurableApplicationContext ahead =
        ReclaimServer.start(store, 0, Map.of(), "--reclaim.map.tiles-ahead-from=1")) {
      org.reclaim.app.api.VectorTiles fromCopy =
          ahead.getBean(org.reclaim.app.api.VectorTiles.class);
      org.reclaim.app.register.AuditTrail audit =
          ahead.getBean(org.reclaim.app.register.AuditTrail.class);
      fromCopy.warmIfSettled();
      fromCopy.warmIfSettled(); // settled: the areas and the evidence are copied
      Map<org.reclaim.io.Layer, Long> copied = fromCopy.copiedVersions();
      org.reclaim.app.register.FeatureService features =
          ahead.getBean(org.reclaim.app.register.FeatureService.class);
      assertThat(copied)
          .containsEntry(
              org.reclaim.io.Layer.HAZARDOUS_AREAS,
              audit.versionOf(features.entity(org.reclaim.io.Layer.HAZARDOUS_AREAS)))
          .containsEntry(
              org.reclaim.io.Layer.EVIDENCE,
              audit.versionOf(features.entity(org.reclaim.io.Layer.EVIDENCE)))
          .doesNotContainKey(org.reclaim.io.Layer.PARCELS); // none: nothing to copy
      assertThat(fromStore.copiedVersions()).isEmpty(); // 10,000 areas are needed by default
      int compared = 0;
      for (int z = 6; z <= 17; z++) {
        for (double lon : new double[] {36.01, 36.055, 36.12}) {
          String[] at = tileOf(z, lon, 50.0).split("/");
          int x = Integer.parseInt(at[1]);
          int y = Integer.parseInt(at[2]);
          for (String layer : List.of("hazardous-areas", "evidence")) {
            org.reclaim.app.api.VectorTiles.Tile a = fromStore.tile(layer, z, x, y, null);
            org.reclaim.app.api.VectorTiles.Tile b = fromCopy.tile(layer, z, x, y, null);
            assertThat(b.bytes()).as("%s %d/%d/%d", layer, z, x, y).isEqualTo(a.bytes());
            compared += a.features();
          }
          for (String layer : List.of("hazard-warnings", "released-land")) {
            assertThat(fromCopy.publicTile(layer, z, x, y).bytes())
                .isEqualTo(fromStore.publicTile(layer, z, x, y).bytes());
          }
        }
      }
      assertThat(compared).isGreaterThan(50);
      assertThat(fromCopy.copiedVersions()).isEqualTo(copied); // still the register's version
    }
  }

  @Test
  void everyoneReadsWarningZonesAsTilesNeverTheSurveyedPolygon() throws Exception {
    String at = tileOf(14, 36.0105, 50.0005) + ".mvt";
    HttpResponse<byte[]> r = api.getBytes("/api/v1/public/tiles/hazard-warnings/" + at, null);
    assertThat(r.statusCode()).isEqualTo(200);
    Geometry zone =
        decode(r.body(), "hazard-warnings").getGeometries().stream()
            .filter(g -> ((Map<?, ?>) g.getUserData()).get("id").equals(1L))
            .findFirst()
            .orElseThrow();
    assertThat(((Map<?, ?>) zone.getUserData()).containsKey("code")).isFalse();
    // area 1 is 0.001° wide: 186 tile units at zoom 14; its zone reaches 100 m beyond each side
    double areaUnits = 0.001 / (360.0 / (1 << 14)) * 4096;
    assertThat(zone.getEnvelopeInternal().getWidth()).isGreaterThan(2 * areaUnits);
    // the register's own layers are not public, and the public ones are not served as the others
    assertThat(api.getBytes("/api/v1/public/tiles/hazardous-areas/" + at, null).statusCode())
        .isEqualTo(404);
    assertThat(api.getBytes("/api/v1/tiles/hazard-warnings/" + at, "analyst").statusCode())
        .isEqualTo(404);
  }

  @Test
  void noRequestPaysForObservingEachSecurityFilter() {
    io.micrometer.observation.ObservationRegistry registry =
        server.getBean(io.micrometer.observation.ObservationRegistry.class);
    assertThat(
            io.micrometer.observation.Observation.start("spring.security.filterchains", registry)
                .isNoop())
        .isTrue();
    assertThat(
            io.micrometer.observation.Observation.start("http.server.requests", registry).isNoop())
        .isFalse();
  }

  @Test
  void oddAddressesAreRefusedNamingThePart() throws Exception {
    HttpResponse<String> z =
        api.send("GET", "/api/v1/tiles/hazardous-areas/23/0/0.mvt", "donor", null);
    assertThat(z.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(z.body()).get("field").asString()).isEqualTo("z");
    HttpResponse<String> x =
        api.send("GET", "/api/v1/tiles/hazardous-areas/2/4/0.mvt", "donor", null);
    assertThat(JSON.readTree(x.body()).get("field").asString()).isEqualTo("x");
    assertThat(api.send("GET", "/api/v1/tiles/casualties/9/1/1.mvt", "analyst", null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void aTileIsRevalidatedAndChangesWithTheRegister() throws Exception {
    String path = "/api/v1/tiles/hazardous-areas/" + tileOf(10, 36.06, 50.0) + ".mvt";
    HttpResponse<byte[]> first = api.getBytes(path, "analyst");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(api.getBytes(path, "analyst", "If-None-Match", etag).statusCode()).isEqualTo(304);
    // new evidence changes evidence tiles, not the areas' tiles
    String evidencePath = "/api/v1/tiles/evidence/" + tileOf(12, 37.5, 51.0) + ".mvt";
    String evidenceTag =
        api.getBytes(evidencePath, "analyst").headers().firstValue("ETag").orElseThrow();
    store
        .evidence()
        .insert(DomainForTest.evidence(501, EvidenceType.EO_SIGHTING, 37.5, 51.0), "test");
    assertThat(api.getBytes(path, "analyst", "If-None-Match", etag).statusCode()).isEqualTo(304);
    HttpResponse<byte[]> evidenceAfter =
        api.getBytes(evidencePath, "analyst", "If-None-Match", evidenceTag);
    assertThat(evidenceAfter.statusCode()).isEqualTo(200);
    assertThat(decode(evidenceAfter.body(), "evidence").getGeometries()).hasSize(1);

    store.hazardousAreas().insert(DomainForTest.area(13, 36.065, 50.002), "test");
    HttpResponse<byte[]> after = api.getBytes(path, "analyst", "If-None-Match", etag);
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(decode(after.body(), "hazardous-areas").getGeometries())
        .extracting(g -> String.valueOf(((Map<?, ?>) g.getUserData()).get("code")))
        .contains("HA-13");
  }
}
