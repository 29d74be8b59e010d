package org.reclaim.spark;

import org.apache.sedona.spark.SedonaContext;
import org.apache.spark.sql.SparkSession;

/** The tests' Spark: local mode on two cores, bound to loopback, Sedona registered. */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession start(String appName) {
    return SedonaContext.create(
        SparkSession.builder()
            .master("local[2]")
            .appName(appName)
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
            .config("spark.kryo.registrator", "org.apache.sedona.core.serde.SedonaKryoRegistrator")
            .getOrCreate());
  }
}
