package org.reclaim.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.geometry.AreaOp;

class SyntheticCadastreTest {
  @Test
  void theCadastreHasExactlyTheParcelsAskedForOfTypicalSizeInsideUkraineWithoutOverlaps() {
    List<SyntheticCadastre.Parcel> parcels = new ArrayList<>();
    SyntheticCadastre.generate(4_001, 7, parcels::add);

    assertThat(parcels).hasSize(4_001);
    Set<String> numbers = new HashSet<>();
    parcels.forEach(p -> numbers.add(p.cadastralNumber()));
    assertThat(numbers).hasSize(4_001);
    assertThat(parcels.get(0).cadastralNumber()).matches("\\d{10}:\\d{2}:\\d{3}:\\d{4}");
    double meanHa =
        parcels.stream().mapToDouble(p -> AreaOp.areaM2(p.field())).average().orElseThrow() / 1e4;
    assertThat(meanHa).isCloseTo(SyntheticCadastre.MEAN_PARCEL_HA, within(0.3));
    Geometry ukraine = Boundaries.load().country();
    long inside =
        parcels.stream().filter(p -> ukraine.contains(p.field().getInteriorPoint())).count();
    assertThat(inside).isGreaterThan(3_800);
    // the strips of one block tile it: no two parcels of the first block overlap
    List<SyntheticCadastre.Parcel> block =
        parcels.stream()
            .filter(
                p ->
                    p.cadastralNumber()
                        .startsWith(parcels.get(0).cadastralNumber().substring(0, 10)))
            .toList();
    assertThat(block).hasSizeGreaterThan(30);
    for (int i = 0; i < block.size(); i++) {
      for (int j = i + 1; j < block.size(); j++) {
        assertThat(block.get(i).field().intersection(block.get(j).field()).getArea())
            .isLessThan(1e-12);
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameCadastre() {
    List<SyntheticCadastre.Parcel> a = new ArrayList<>();
    List<SyntheticCadastre.Parcel> b = new ArrayList<>();
    SyntheticCadastre.generate(500, 11, a::add);
    SyntheticCadastre.generate(500, 11, b::add);
    assertThat(a).isEqualTo(b);
  }

  @Test
  void anEmptyCadastreIsRefused() {
    assertThatThrownBy(() -> SyntheticCadastre.generate(0, 1, p -> {}))
        .hasMessageContaining("parcels must be at least 1");
  }
}
