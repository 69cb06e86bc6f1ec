#!/usr/bin/env bash
# Starts the production jar against the benchmark database, on port ${BENCH_PORT:-8480}.
#   portal.sh [extra java options...]     (stop it with: kill "$(cat $BENCH_DIR/portal.pid)")
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/eshraqa-bench}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAR=${BENCH_JAR:-$(ls "$ROOT"/target/portal-*.jar | head -1)}   # BENCH_JAR: e.g. an extracted jar for the AOT cache
[ -f "$BENCH_DIR/data-keys" ] || echo "bench:$(openssl rand -base64 32)" > "$BENCH_DIR/data-keys"
export PORTAL_DATA_KEYS=$(cat "$BENCH_DIR/data-keys")
export SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:${BENCH_DB_PORT:-3406}/portal"
export SPRING_DATASOURCE_USERNAME=portal SPRING_DATASOURCE_PASSWORD=bench
export SERVER_PORT=${BENCH_PORT:-8480}
export PORTAL_DATA_DIR="$BENCH_DIR/portal-data"
export PORTAL_DEMO_ENABLED=false
# The load test signs in far more often than 20 times per address in 15 minutes only when it fails:
# the throttle stays on, at its defaults.
CPUS=${BENCH_SERVER_CPUS:-}
PREFIX=()
[ -n "$CPUS" ] && PREFIX=(taskset -c "$CPUS")
"${PREFIX[@]}" "$JAVA_HOME/bin/java" ${BENCH_HEAP:--Xms1g -Xmx1g} -XX:+UseG1GC "$@" -jar "$JAR" \
  >"$BENCH_DIR/portal.log" 2>&1 &
echo $! > "$BENCH_DIR/portal.pid"
for _ in $(seq 1 180); do
  curl -fs "http://127.0.0.1:$SERVER_PORT/actuator/health" >/dev/null 2>&1 && { echo "portal up on :$SERVER_PORT (pid $(cat "$BENCH_DIR/portal.pid"))"; exit 0; }
  kill -0 "$(cat "$BENCH_DIR/portal.pid")" 2>/dev/null || { echo "portal died, see $BENCH_DIR/portal.log" >&2; exit 1; }
  sleep 1
done
echo "portal did not come up" >&2; exit 1
