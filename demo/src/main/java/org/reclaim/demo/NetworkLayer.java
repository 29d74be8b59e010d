package org.reclaim.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.reclaim.domain.context.RoadSegment;
import org.reclaim.domain.geometry.Wgs84;

/**
 * Roads and railways between settlements, cut into segments.
 *
 * <p>Links: every settlement to its two nearest neighbours in the same raion (tertiary roads, or
 * secondary when either end has 5,000 people or more); the largest settlement of every raion to the
 * three nearest other raions' largest (primary roads); the largest settlement of every oblast to
 * the two nearest other oblasts' largest by rail. The links are then cut into about as many
 * segments as asked for, never longer than 20 km, each with a few sideways-jittered vertices.
 * Nearest-neighbour search is brute force within a raion (tens of settlements), so the layer is
 * linear in the number of settlements.
 */
final class NetworkLayer {
  private static final double MAX_SEGMENT_M = 20_000;

  private record Link(int from, int to, RoadSegment.Kind kind, String roadClass) {}

  private NetworkLayer() {}

  static List<RoadSegment> generate(
      Boundaries b, SettlementLayer s, int target, Draw d, Progress progress) {
    List<Link> links = new ArrayList<>();
    Set<Long> seen = new HashSet<>(); // membership only, never iterated
    for (List<Integer> inRaion : s.byRaion) {
      for (int a : inRaion) {
        for (int n : nearest(s, a, inRaion, 2)) {
          boolean big = pop(s, a) >= 5_000 || pop(s, n) >= 5_000;
          addLink(links, seen, a, n, RoadSegment.Kind.ROAD, big ? "secondary" : "tertiary");
        }
      }
    }
    List<Integer> raionHubs = new ArrayList<>();
    for (int r = 0; r < b.raions().size(); r++) {
      int hub = s.largestIn(r);
      if (hub >= 0) {
        raionHubs.add(hub);
      }
    }
    for (int a : raionHubs) {
      for (int n : nearest(s, a, raionHubs, 3)) {
        addLink(links, seen, a, n, RoadSegment.Kind.ROAD, "primary");
      }
    }
    List<Integer> oblastHubs = oblastHubs(b, s);
    for (int a : oblastHubs) {
      for (int n : nearest(s, a, oblastHubs, 2)) {
        addLink(links, seen, a, n, RoadSegment.Kind.RAILWAY, "rail");
      }
    }
    // Trunk links first, so that a tight segment budget drops local roads, not railways.
    links.sort(
        java.util.Comparator.comparingInt(
            l -> List.of("rail", "primary", "secondary", "tertiary").indexOf(l.roadClass())));
    return cut(s, links, target, d, progress);
  }

  private static List<RoadSegment> cut(
      SettlementLayer s, List<Link> links, int target, Draw d, Progress progress) {
    List<RoadSegment> out = new ArrayList<>();
    if (target == 0 || links.isEmpty()) {
      return out;
    }
    double totalM = 0;
    for (Link l : links) {
      totalM += lengthM(s, l);
    }
    double segmentM = Math.min(MAX_SEGMENT_M, totalM / target);
    for (Link l : links) {
      Coordinate from = at(s, l.from());
      Coordinate to = at(s, l.to());
      int pieces = Math.max(1, (int) Math.round(lengthM(s, l) / segmentM));
      for (int p = 0; p < pieces && out.size() < target; p++) {
        Coordinate a = lerp(from, to, (double) p / pieces);
        Coordinate z = lerp(from, to, (double) (p + 1) / pieces);
        out.add(
            new RoadSegment(
                out.size() + 1L,
                l.kind(),
                l.roadClass(),
                Shapes.wigglyLine(d, a, z, d.between(1, 3), 0.15)));
        progress.step(out.size());
      }
    }
    return out;
  }

  private static List<Integer> oblastHubs(Boundaries b, SettlementLayer s) {
    List<Integer> hubs = new ArrayList<>();
    for (Boundaries.Oblast o : b.oblasts()) {
      int best = -1;
      for (int r : o.raions()) {
        int hub = s.largestIn(r);
        if (hub >= 0 && (best < 0 || pop(s, hub) > pop(s, best))) {
          best = hub;
        }
      }
      if (best >= 0) {
        hubs.add(best);
      }
    }
    return hubs;
  }

  private static void addLink(
      List<Link> links, Set<Long> seen, int a, int n, RoadSegment.Kind kind, String roadClass) {
    long key =
        ((long) Math.min(a, n) << 32 | Math.max(a, n)) * (kind == RoadSegment.Kind.ROAD ? 1 : -1);
    if (a != n && seen.add(key)) {
      links.add(new Link(a, n, kind, roadClass));
    }
  }

  /** The {@code k} settlements of {@code candidates} nearest to {@code a}, nearest first. */
  private static int[] nearest(SettlementLayer s, int a, List<Integer> candidates, int k) {
    int[] best = new int[k];
    double[] bestD = new double[k];
    java.util.Arrays.fill(best, -1);
    java.util.Arrays.fill(bestD, Double.MAX_VALUE);
    Coordinate ca = at(s, a);
    for (int c : candidates) {
      if (c == a) {
        continue;
      }
      Coordinate cc = at(s, c);
      double dx = (cc.x - ca.x) * Math.cos(Math.toRadians(ca.y));
      double dist = dx * dx + (cc.y - ca.y) * (cc.y - ca.y);
      for (int i = 0; i < k; i++) {
        if (dist < bestD[i]) {
          System.arraycopy(bestD, i, bestD, i + 1, k - i - 1);
          System.arraycopy(best, i, best, i + 1, k - i - 1);
          bestD[i] = dist;
          best[i] = c;
          break;
        }
      }
    }
    return java.util.Arrays.stream(best).filter(i -> i >= 0).toArray();
  }

  private static int pop(SettlementLayer s, int i) {
    return s.settlements.get(i).population();
  }

  private static Coordinate at(SettlementLayer s, int i) {
    return s.settlements.get(i).location().getCoordinate();
  }

  private static double lengthM(SettlementLayer s, Link l) {
    return Wgs84.haversineM(at(s, l.from()), at(s, l.to()));
  }

  private static Coordinate lerp(Coordinate a, Coordinate z, double t) {
    return new Coordinate(a.x + t * (z.x - a.x), a.y + t * (z.y - a.y));
  }
}
