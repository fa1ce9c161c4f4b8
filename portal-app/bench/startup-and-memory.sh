#!/usr/bin/env bash
# Measures Socle's start-up time and the resident memory of the idle jar.
# Usage: portal-app/bench/startup-and-memory.sh [runs] [extra JVM options...]
#   AOT=1 measures the launch Operations recommends: the extracted jar with an AOT cache recorded by a training run
#   (profile training, same JVM options); needs JDK 25 or newer.
# Prints, for each run: Spring's "Started ... in X seconds" time, the time until /actuator/health answers UP,
# and VmRSS/VmHWM 30 s after start with no traffic. Each run uses a fresh data directory (first start: migrations
# and admin creation) followed by a restart on the same directory (the usual case).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
runs="${1:-3}"; shift || true
jar=portal-app/target/socle.jar
[[ -f "$jar" ]] || { echo "Build first: ./mvnw package -DskipTests" >&2; exit 1; }
port=18080
launch=(-jar "$jar")
if [[ -n "${AOT:-}" ]]; then
  aot_dir="$(mktemp -d)"
  trap 'rm -rf "$aot_dir"' EXIT
  java -Djarmode=tools -jar "$jar" extract --destination "$aot_dir/socle" >/dev/null
  java -XX:AOTCacheOutput="$aot_dir/socle/socle.aot" "$@" -Djava.io.tmpdir="$aot_dir" \
      -Dspring.profiles.active=training -jar "$aot_dir/socle/socle.jar" >"$aot_dir/training.log" 2>&1 \
      || { tail -50 "$aot_dir/training.log" >&2; exit 1; }
  launch=(-XX:AOTCache="$aot_dir/socle/socle.aot" -jar "$aot_dir/socle/socle.jar")
fi

measure() {
  local data="$1" label="$2"
  shift 2
  local log; log="$(mktemp)"
  local start; start=$(date +%s%N)
  SOCLE_DATA_DIR="$data" SOCLE_ADMIN_PASSWORD=bench-admin-password java "$@" "${launch[@]}" \
      --server.port=$port --server.address=127.0.0.1 >"$log" 2>&1 &
  local pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.05
  done
  local ready; ready=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep 30
  local rss hwm
  rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  hwm=$(awk '/VmHWM/ {print int($2/1024)}' "/proc/$pid/status")
  local started; started=$(grep -o 'Started SocleApplication in [0-9.]* seconds' "$log" | grep -o '[0-9.]*')
  printf '%-8s started in %5ss (Spring)  health UP after %5d ms  idle RSS %4d MB  peak RSS %4d MB\n' \
      "$label" "$started" "$ready" "$rss" "$hwm"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$log"
}

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); options: ${*:-none}${AOT:+; AOT cache from a training run}"
for i in $(seq "$runs"); do
  data="$(mktemp -d)"
  measure "$data" "first" "$@"
  measure "$data" "restart" "$@"
  rm -rf "$data"
done
