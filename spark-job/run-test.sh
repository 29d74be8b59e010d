#!/usr/bin/env bash
# The Spark + Sedona jobs' local-mode tests (run by `./reclaim test` after the main suite): Reclaim
# writes a fixture — a synthetic cadastre with the priced hazardous areas and units, a register
# snapshot's layers, and Reclaim's own estimates and criteria for both — then the jobs run on a
# JDK 17 (Spark 3.5 does not run on newer ones) and their tests check they give the same numbers.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

jdk17=""
for d in "${RECLAIM_SPARK_JAVA_HOME:-}" /usr/lib/jvm/java-17-openjdk-* /usr/lib/jvm/temurin-17-*; do
  if [ -n "$d" ] && [ -x "$d/bin/javac" ]; then jdk17="$d"; break; fi
done
if [ -z "$jdk17" ]; then
  echo "spark-job: no JDK 17 found (apt-get install openjdk-17-jdk-headless, or set RECLAIM_SPARK_JAVA_HOME)" >&2
  exit 1
fi

fixture="$PWD/spark-job/target/fixture"
rm -rf "$fixture"
"$JAVA_HOME/bin/java" -Xmx4g -jar bench/target/reclaim-bench-exec.jar \
  bench parcels --parcels 30000 --dir "$fixture" --spark-inputs
"$JAVA_HOME/bin/java" -Xmx4g -jar bench/target/reclaim-bench-exec.jar \
  bench prioritise --scale 0.01 --runs 1 --updates 0 --spark-inputs "$fixture"
JAVA_HOME="$jdk17" ./mvnw -B -f spark-job/pom.xml verify -Dreclaim.fixture="$fixture"
