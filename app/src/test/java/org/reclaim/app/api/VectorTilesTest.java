package org.reclaim.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.JtsAdapter;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerParams;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.util.GeometricShapeFactory;

/**
 * A geometry wholly inside a tile's clip box becomes the same tile geometry whether or not it is
 * intersected with the box first; one crossing the box's edge is cut at it.
 */
class VectorTilesTest {
  private static final GeometryFactory GF = new GeometryFactory();

  @Test
  void aShapeInsideTheTileIsDrawnAsTheLibraryDrawsItWithoutBeingIntersected() {
    Envelope tile = VectorTiles.mercatorEnvelope(13, 4_912, 2_804);
    Envelope clip = new Envelope(tile);
    clip.expandBy(tile.getWidth() / 64);
    Random random = new Random(11);
    for (int i = 0; i < 300; i++) {
      GeometricShapeFactory shapes = new GeometricShapeFactory(GF);
      double size = tile.getWidth() * (0.001 + random.nextDouble() * 0.3);
      shapes.setBase(
          new Coordinate(
              tile.getMinX() + random.nextDouble() * (tile.getWidth() - size),
              tile.getMinY() + random.nextDouble() * (tile.getHeight() - size)));
      shapes.setSize(size);
      shapes.setNumPoints(5 + random.nextInt(40));
      Geometry shape =
          i % 3 == 0
              ? GF.createPoint(shapes.createRectangle().getCentroid().getCoordinate())
              : shapes.createEllipse();
      Geometry library =
          JtsAdapter.createTileGeom(
              shape, tile, clip, new GeometryFactory(), MvtLayerParams.DEFAULT, g -> true);
      Geometry ours = VectorTiles.toTile(shape, tile, clip);
      assertThat(ours.norm().equalsExact(library.norm())).as("shape %d: %s", i, ours).isTrue();
    }
  }

  @Test
  void aShapeCrossingTheClipBoxIsCutAtIt() {
    Envelope tile = VectorTiles.mercatorEnvelope(13, 4_912, 2_804);
    Envelope clip = new Envelope(tile);
    clip.expandBy(tile.getWidth() / 64);
    Envelope wide = new Envelope(tile);
    wide.expandBy(tile.getWidth()); // three tiles wide
    Geometry inTile = VectorTiles.toTile(GF.toGeometry(wide), tile, clip);
    double extent = MvtLayerParams.DEFAULT.getExtent();
    assertThat(inTile.getEnvelopeInternal().getWidth())
        .isCloseTo(extent * (1 + 2.0 / 64), org.assertj.core.data.Offset.offset(2.0));
  }
}
