#!/usr/bin/env bash
# Installs (if missing) and starts PostgreSQL 15 + PostGIS 3 from Debian's packages, and creates
# the test database `reclaim_test` (user `reclaim`, password `reclaim`) with the postgis extension.
# Idempotent: safe to run again. Needs root (apt-get, pg_ctlcluster).
set -euo pipefail

need=()
dpkg -s postgresql-15 >/dev/null 2>&1 || need+=(postgresql-15)
dpkg -s postgresql-15-postgis-3 >/dev/null 2>&1 || need+=(postgresql-15-postgis-3)
if [ ${#need[@]} -gt 0 ]; then
  echo "postgis.sh: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

if ! pg_lsclusters -h | grep -q '^15 \+main'; then
  pg_createcluster 15 main >/dev/null
fi
if ! pg_lsclusters -h | awk '$1==15 && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster 15 main start
fi
for _ in $(seq 1 30); do
  if su postgres -c "psql -qAtc 'select 1'" >/dev/null 2>&1; then break; fi
  sleep 1
done

su postgres -c "psql -qAt" <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'reclaim') THEN
    CREATE ROLE reclaim LOGIN PASSWORD 'reclaim';
  END IF;
END $$;
SELECT 'CREATE DATABASE reclaim_test OWNER reclaim'
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'reclaim_test')\gexec
SELECT 'CREATE DATABASE reclaim_bench OWNER reclaim'
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'reclaim_bench')\gexec
SQL
# reclaim_test for the tests; reclaim_bench for `reclaim bench prioritise`, which adds its own
# projection to spatial_ref_sys
for db in reclaim_test reclaim_bench; do
  su postgres -c "psql -qAt -d $db -c 'CREATE EXTENSION IF NOT EXISTS postgis'"
  su postgres -c "psql -qAt -d $db -c 'GRANT ALL ON SCHEMA public TO reclaim'"
  su postgres -c "psql -qAt -d $db -c 'GRANT ALL ON spatial_ref_sys TO reclaim'"
done
echo "postgis.sh: PostgreSQL $(su postgres -c "psql -qAtc 'show server_version'") with PostGIS $(su postgres -c "psql -qAt -d reclaim_test -c 'select postgis_lib_version()'") ready: jdbc:postgresql://localhost:5432/reclaim_test (reclaim/reclaim)"
