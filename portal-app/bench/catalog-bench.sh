#!/usr/bin/env bash
# The catalog benchmark: generates a synthetic organisation of N entities as a git repository (the generator of
# catalog/catalog-generator, which socle.jar carries), starts Socle (-Xmx1g, embedded H2 by default; set
# BENCH_DB=postgresql to use a PostgreSQL server at BENCH_PG_URL), registers the organisation's root location and
# measures, with CatalogBench.java, the time until every entity is queryable and a sample carries its final
# relations, memory and API latencies. Needs only a clone of the repository and a JDK 21+.
# Usage: portal-app/bench/catalog-bench.sh 10000 [100000 ...]
#   KEEP_LOGS=1 keeps the server logs; BENCH_ARGS="--some.property=value" passes extra settings to Socle;
#   BENCH_JVM_OPTS="-XX:+UseParallelGC" passes extra JVM options (default: none, so the JVM's default G1);
#   WARM_UP=1 first registers and unregisters another 10,000-entity organisation, to measure a warmed-up server;
#   AOT=1 launches Socle as Operations recommends: the extracted jar with an AOT cache from a training run (profile
#   training, same JVM options), which needs JDK 25 or newer;
#   SERVER_JAR=path/socle.jar measures another build (e.g. an older release, for a before/after comparison) with
#   this build's generator and measurement.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
jar=portal-app/target/socle.jar
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
major="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
[[ "${major:-0}" -ge 21 ]] || { echo "Socle needs Java 21 or newer, but $java is ${major:-unknown}; set JAVA_HOME." >&2; exit 1; }
if [[ ! -f "$jar" ]]; then
  echo "Building $jar (./mvnw -pl portal-app -am package -DskipTests)" >&2
  ./mvnw -B -q -ntp -pl portal-app -am package -DskipTests >&2
fi
# generate ENTITIES SEED DIR: the organisation as a git repository, and DIR.relations, the sample of relations that
# the stitched catalog must show; prints the number of entities the files declare.
generate() {
  "$java" -cp "$jar" -Dloader.main=dev.socle.catalog.generator.cli.GenerateOrganisation \
      org.springframework.boot.loader.launch.PropertiesLauncher \
      --entities "$1" --seed "$2" --out "$3" --git --expectations "$3.relations" \
    | sed -n 's/^.*: \([0-9]*\) entities .*/\1/p'
}
server_jar="${SERVER_JAR:-$jar}"
port=18081
token="bench-admin-token-$(date +%s%N)"
work="$(mktemp -d)"
trap 'kill "${pid:-0}" 2>/dev/null || true; [[ -n "${KEEP_LOGS:-}" ]] || rm -rf "$work"' EXIT

# Compiled once up front and run with the client compiler only, so that the measuring JVM's own JIT does not take
# CPU from the server it measures.
"${java%java}javac" -d "$work/bench-classes" portal-app/bench/CatalogBench.java

db_args=()
if [[ "${BENCH_DB:-h2}" == postgresql ]]; then
  db_args=(--spring.datasource.url="$BENCH_PG_URL" --spring.datasource.username="${BENCH_PG_USER:-postgres}"
           --spring.datasource.password="${BENCH_PG_PASSWORD:-}")
fi

warm_up=()
if [[ -n "${WARM_UP:-}" ]]; then
  generate 10000 7 "$work/warm-up" >/dev/null
  warm_up=("file://$work/warm-up?ref=main&path=catalog-info.yaml")
fi

launch=(-jar "$server_jar")
if [[ -n "${AOT:-}" ]]; then
  "$java" -Djarmode=tools -jar "$server_jar" extract --destination "$work/socle" >/dev/null
  extracted="$work/socle/$(basename "$server_jar")"
  "$java" -XX:AOTCacheOutput="$work/socle/socle.aot" -Xmx1g ${BENCH_JVM_OPTS:-} -Djava.io.tmpdir="$work" \
      -Dspring.profiles.active=training -jar "$extracted" >"$work/training.log" 2>&1 \
      || { tail -50 "$work/training.log" >&2; exit 1; }
  launch=(-XX:AOTCache="$work/socle/socle.aot" -jar "$extracted")
fi

for entities in "${@:-10000}"; do
  org="$work/org-$entities"
  declared="$(generate "$entities" 42 "$org")"
  # the registered location's own Location entity comes on top of what the files declare
  expected=$((declared + 1))
  data="$work/data-$entities"
  if [[ "${BENCH_DB:-h2}" == postgresql ]]; then
    PGOPTIONS='--client-min-messages=warning' psql "${BENCH_PG_ADMIN_URL:?set BENCH_PG_ADMIN_URL to reset the database}" \
        -qc 'drop schema public cascade; create schema public;'
  fi
  SOCLE_DATA_DIR="$data" "$java" -Xmx1g -Xlog:gc:file="$work/gc-$entities.log" ${BENCH_JVM_OPTS:-} "${launch[@]}" --server.port=$port --server.address=127.0.0.1 \
      --socle.admin.password=bench-admin-password \
      --socle.api.static-tokens[0].token="$token" --socle.api.static-tokens[0].subject=bench \
      --socle.api.static-tokens[0].roles=ADMIN \
      --socle.catalog.reading.allowed-file-roots="$work" \
      --socle.catalog.reading.max-files-per-location=200000 \
      --socle.catalog.refresh.interval=1h "${db_args[@]}" ${BENCH_ARGS:-} >"$work/socle-$entities.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { tail -50 "$work/socle-$entities.log" >&2; exit 1; }
    sleep 0.2
  done
  echo "== $entities entities, ${BENCH_DB:-h2}, -Xmx1g ${BENCH_JVM_OPTS:-}${AOT:+, AOT cache}${WARM_UP:+, warmed up}, $(nproc) cores, $("$java" -version 2>&1 | head -1)"
  "$java" -XX:TieredStopAtLevel=1 -cp "$work/bench-classes" CatalogBench "http://127.0.0.1:$port" "$token" \
      "file://$org?ref=main&path=catalog-info.yaml" "$pid" "$work/gc-$entities.log" "$expected" "$org.relations" \
      "${warm_up[@]}"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
