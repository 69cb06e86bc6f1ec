#!/usr/bin/env bash
# One load-test run against the running portal (portal.sh): the Gatling simulation pinned to one
# core (taskset -c ${BENCH_GATLING_CPU:-1}), the server's, the database's and the load generator's CPU
# time, the load.
#   loadtest.sh USERS RAMP_SECONDS ROUNDS
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/eshraqa-bench}
USERS=${1:-1}; RAMP=${2:-1}; ROUNDS=${3:-3}
PID=$(cat "$BENCH_DIR/portal.pid")
DB_PID=$(cat "$BENCH_DIR/db/mysqld.pid" 2>/dev/null || echo "")
TICK=$(getconf CLK_TCK)
cpu() { awk -v t="$TICK" '{printf "%.1f", ($14 + $15) / t}' "/proc/$1/stat"; }
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
S0=$(cpu "$PID"); D0=$([ -n "$DB_PID" ] && cpu "$DB_PID" || echo 0); T0=$(date +%s.%N)
cd "$ROOT"
/usr/bin/time -f "load generator (Maven + Gatling JVM): %U s user, %S s system, %e s wall" \
  taskset -c "${BENCH_GATLING_CPU:-1}" ./mvnw -B -o -Pbench gatling:test \
  -Dgatling.simulationClass=org.eshraqa.portal.bench.PortalSimulation \
  -Dbench.users="$USERS" -Dbench.rampSeconds="$RAMP" -Dbench.rounds="$ROUNDS" \
  >"$BENCH_DIR/loadtest-$USERS.log" 2>"$BENCH_DIR/loadtest-$USERS.time" || true
S1=$(cpu "$PID"); D1=$([ -n "$DB_PID" ] && cpu "$DB_PID" || echo 0); T1=$(date +%s.%N)
cat "$BENCH_DIR/loadtest-$USERS.time" | tail -1
echo "server CPU: $(echo "$S1 - $S0" | bc) s over $(echo "$T1 - $T0" | bc | cut -d. -f1) s wall (includes Maven's start-up before the first request)"
echo "database CPU (mariadbd): $(echo "$D1 - $D0" | bc) s"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -A40 "Global Information" "$BENCH_DIR/loadtest-$USERS.log" | head -20
ls -d "$ROOT"/target/gatling/portalsimulation-* | tail -1
