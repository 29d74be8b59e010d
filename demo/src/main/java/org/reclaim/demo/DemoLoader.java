package org.reclaim.demo;

import java.util.List;
import java.util.function.BiConsumer;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.jdbc.JdbcRepository;

/**
 * Writes a generated {@link DemoDataSet} into the register in one transaction, parents before the
 * records that refer to them, keeping the generator's ids.
 */
public final class DemoLoader {
  private static final String ACTOR = "demo-generator";

  private DemoLoader() {}

  /**
   * Loads {@code data}; {@code progress} is told (layer, records) after each layer.
   *
   * @return records written
   */
  public static long load(
      ReclaimStore store, DemoDataSet data, BiConsumer<String, Integer> progress) {
    String source = "demo seed " + data.parameters().seed();
    long[] total = {0};
    store.inTransaction(
        () -> {
          put(store.regions(), data.regions(), source, progress, total);
          put(store.occupationSnapshots(), data.occupationSnapshots(), source, progress, total);
          put(store.operators(), data.operators(), source, progress, total);
          put(store.accreditations(), data.accreditations(), source, progress, total);
          put(store.teams(), data.teams(), source, progress, total);
          put(store.hazardousAreas(), data.hazardousAreas(), source, progress, total);
          put(store.evidence(), data.evidence(), source, progress, total);
          store.evidenceLinks().insertAll(data.evidenceLinks());
          progress.accept("evidence links", data.evidenceLinks().size());
          total[0] += data.evidenceLinks().size();
          put(store.settlements(), data.settlements(), source, progress, total);
          put(store.roads(), data.roads(), source, progress, total);
          put(store.infrastructure(), data.infrastructure(), source, progress, total);
          put(store.parcels(), data.parcels(), source, progress, total);
          put(store.recoveryProjects(), data.recoveryProjects(), source, progress, total);
          put(store.tasks(), data.tasks(), source, progress, total);
          put(store.landReleases(), data.landReleases(), source, progress, total);
          DemoPeople people = data.people();
          put(store.people().personnel(), people.personnel(), source, progress, total);
          put(store.people().courses(), people.courses(), source, progress, total);
          put(store.people().qualifications(), people.qualifications(), source, progress, total);
          put(store.people().eoreSessions(), people.eoreSessions(), source, progress, total);
          put(store.people().accidents(), people.accidents(), source, progress, total);
          put(store.people().casualties(), people.casualties(), source, progress, total);
          store.people().personalData().putAll(people.personalData(), ACTOR, source);
          put(store.people().referrals(), people.referrals(), source, progress, total);
        });
    return total[0];
  }

  private static <T> void put(
      JdbcRepository<T> repo,
      List<T> records,
      String source,
      BiConsumer<String, Integer> progress,
      long[] total) {
    repo.insertAll(records, ACTOR, source);
    total[0] += records.size();
    progress.accept(repo.mapping().table().replace('_', ' '), records.size());
  }
}
