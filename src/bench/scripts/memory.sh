#!/usr/bin/env bash
# Live heap per session: the heap after a full GC with W+N open UIs minus the heap with W open,
# divided by N. W warm-up sessions first load every class and cache the view touches.
#   memory.sh beneficiary|staff [N] [W]      (the portal must be running: portal.sh)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/eshraqa-bench}
ROLE=${1:-beneficiary}; N=${2:-200}; W=${3:-20}
PID=$(cat "$BENCH_DIR/portal.pid")
PORT=${BENCH_PORT:-8480}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
METRICS=staff.40@bench.eshraqa.org.sa:Bench-pass-2026  # the scrape-only account
sessions() {
  curl -s -u "$METRICS" "http://127.0.0.1:$PORT/actuator/metrics/tomcat.sessions.active.current" |
    sed -E 's/.*"value":([0-9.]+).*/\1/' | cut -d. -f1
}
live() {  # bytes of live objects: the class histogram runs a full GC first
  "$JAVA_HOME/bin/jcmd" "$PID" GC.class_histogram | awk '/^Total/ {print $3}'
}
gatling() {  # users, hold seconds
  (cd "$ROOT" && ./mvnw -B -o -q -Pbench gatling:test -Dgatling.simulationClass=org.eshraqa.portal.bench.PortalSimulation \
    -Dbench.mode=hold -Dbench.role="$ROLE" -Dbench.users="$1" -Dbench.rampSeconds="$3" -Dbench.holdSeconds="$2" \
    -Dbench.baseUrl="http://127.0.0.1:$PORT" >"$BENCH_DIR/memory-gatling-$ROLE-$1.log" 2>&1)
}
gatling "$W" 1 5
S0=$(sessions); sleep 2; A=$(live); A2=$(live)
echo "after warm-up: $S0 sessions, live heap $A / $A2 bytes"
gatling "$N" 150 30 &
G=$!
until [ "$(sessions)" -ge $((S0 + N)) ]; do sleep 2; kill -0 $G 2>/dev/null || { echo "load generator ended early"; exit 1; }; done
sleep 5
S1=$(sessions); B=$(live); B2=$(live)
echo "with $N more: $S1 sessions, live heap $B / $B2 bytes"
echo "per $ROLE session: $(( (B2 - A2) / N / 1024 )) KB  (from $((S1 - S0)) sessions; load: $(cut -d' ' -f1-3 /proc/loadavg))"
# The load generator ends once every user's hold is over; the sessions stay until they time out.
wait $G || true
