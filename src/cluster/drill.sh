#!/usr/bin/env bash
# The cluster fault drill: the Gatling journeys (src/bench) through HAProxy against a cluster of
# cluster.sh (3 Galera nodes, N portal nodes, production jar), with nodes killed on purpose
# (kill -9) while people work, then everything that was confirmed to someone checked against the
# database and the mail server. Writes $CLUSTER_STATE/drill/report.md and fails if work was lost.
#
#   src/cluster/drill.sh [--short] [--nodes N] [--users U] [--ramp S] [--rounds R] [--scaling]
#
#   (default)  3 portal nodes; U people arrive over S seconds; once requests are being submitted
#              portal node 1 is killed, 30 s later Galera node 1 (the write node), then both
#              are started again (the Galera node must rejoin by IST).
#   --short    the CI version: 2 portal nodes, a scripted beneficiary (and one colleague of each
#              staff kind) whose node is killed while the beneficiary fills in the request form;
#              the request must be submitted afterwards, once, with its mail once.
#   --scaling  after the drill: the same load, no faults, through 1, 2 and 3 portal nodes
#              (the others set to maintenance in HAProxy): throughput, p95, CPU per request.
#
# Loopback only. Needs the production jar (built if missing) and Python 3 (the mail sink).
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export CLUSTER_STATE=${CLUSTER_STATE:-$REPO/target/cluster-drill}
export CLUSTER_MAIL_PORT=${CLUSTER_MAIL_PORT:-2525}
CLUSTER=$REPO/src/cluster/cluster.sh
OUT=$CLUSTER_STATE/drill
SHORT=false; SCALING=false; NODES=3; USERS=60; RAMP=60; ROUNDS=3
while (($#)); do
  case $1 in
    --short) SHORT=true; NODES=2; USERS=3; RAMP=1; ROUNDS=2; shift ;;
    --nodes) NODES=$2; shift 2 ;;
    --users) USERS=$2; shift 2 ;;
    --ramp) RAMP=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --scaling) SCALING=true; shift ;;
    *) sed -n '2,20p' "$0"; exit 2 ;;
  esac
done
BENEFICIARIES=$([[ $SHORT == true ]] && echo 200 || echo 3000)

log() { printf '%s drill: %s\n' "$(date -u +%H:%M:%S)" "$*"; }
now_ms() { date +%s%3N; }
sql() { mariadb --socket="$CLUSTER_STATE/db$1/mariadbd.sock" -uroot -N -B portal -e "$2"; }
# Any Galera node that runs answers for the cluster.
csql() { local i; for i in 2 3 1; do [[ -S $CLUSTER_STATE/db$i/mariadbd.sock ]] && sql "$i" "$1" 2>/dev/null && return; done; return 1; }
mvn() { (cd "$REPO" && ./mvnw -B -q -Pbench "$@"); }

# ---------------------------------------------------------------- start
"$CLUSTER" stop >/dev/null 2>&1 || true
rm -rf "$CLUSTER_STATE"; mkdir -p "$OUT"; chmod 711 "$CLUSTER_STATE"
: > "$OUT/record.txt"; : > "$OUT/mail.txt"; : > "$OUT/probe.txt"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  "$CLUSTER" stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

python3 "$REPO/src/cluster/mail-sink.py" "$CLUSTER_MAIL_PORT" "$OUT/mail.txt" &
PIDS+=($!)
"$CLUSTER" start-dbs
PASSWORD=$(cat "$CLUSTER_STATE/db-password")
mariadb --socket="$CLUSTER_STATE/db1/mariadbd.sock" -uroot -e "
  create database if not exists drill; grant all on drill.* to 'portal'@'127.0.0.1';
  create table drill.probe (id bigint auto_increment primary key, at datetime(6) not null);"

# The data set: generated accounts (password of DataGenerator) with a few requests and surveys each,
# and one open survey invitation per beneficiary. The generator migrates the empty database first.
(umask 077; echo "k$(date -u +%Y%m%d):$(openssl rand -base64 32)" > "$CLUSTER_STATE/data-keys")
export PORTAL_DATA_KEYS; PORTAL_DATA_KEYS=$(cat "$CLUSTER_STATE/data-keys")
GEN=(-Dexec.mainClass=org.eshraqa.portal.bench.DataGenerator -Dbench.url=jdbc:mariadb://127.0.0.1:3311/portal
     -Dbench.user=portal "-Dbench.password=$PASSWORD" "-Dbench.beneficiaries=$BENEFICIARIES"
     "-Dbench.requests=$((3 * BENEFICIARIES))" "-Dbench.responses=$BENEFICIARIES")
log "generating the data set ($BENEFICIARIES beneficiaries)"
mvn test-compile exec:java "${GEN[@]}" > "$OUT/generator.log" 2>&1 || { tail -30 "$OUT/generator.log"; exit 1; }
mvn exec:java "${GEN[@]}" "-Dbench.openInvitations=$BENEFICIARIES" >> "$OUT/generator.log" 2>&1 \
  || { tail -30 "$OUT/generator.log"; exit 1; }

"$CLUSTER" start --nodes "$NODES" --detach
START_SQL=$(csql "select now(6)")

# ---------------------------------------------------------------- load and faults
# A write every 200 ms on Galera node 2 and on node 3 (each its own connection): the longest write
# tells how long the database stalled when a node died.
probe() {
  local i=$1 port=$((3301 + 10 * $1)) t0 t1
  while :; do
    t0=$(now_ms)
    if mariadb -h127.0.0.1 -P"$port" -uportal -p"$PASSWORD" drill -e "insert into probe (at) values (now(6))" 2>/dev/null; then
      t1=$(now_ms); echo "$t0 $i $((t1 - t0)) ok" >> "$OUT/probe.txt"
    else
      t1=$(now_ms); echo "$t0 $i $((t1 - t0)) failed" >> "$OUT/probe.txt"
    fi
    sleep 0.2
  done
}
probe 2 & PIDS+=($!)
probe 3 & PIDS+=($!)

# CPU seconds (user + system) of a process so far.
cpu() { awk -v t="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / t}' "/proc/$1/stat" 2>/dev/null || echo 0; }

gatling() {   # USERS RAMP ROUNDS RECOVER LOGFILE (Maven not quiet: the report is Gatling's console output)
  (cd "$REPO" && ./mvnw -B -Pbench gatling:test -Dgatling.simulationClass=org.eshraqa.portal.bench.PortalSimulation \
    -Dbench.baseUrl=http://127.0.0.1:8480 "-Dbench.users=$1" "-Dbench.rampSeconds=$2" "-Dbench.rounds=$3" \
    "-Dbench.beneficiaries=$BENEFICIARIES" -Dbench.rememberMe=true "-Dbench.recover=$4" \
    "-Dbench.recordFile=$OUT/record.txt") > "$5" 2>&1 || true
}

wait_for_line() {   # PATTERN TIMEOUT
  local deadline=$((SECONDS + $2))
  while ((SECONDS < deadline)); do
    grep -q "$1" "$OUT/record.txt" && return 0
    sleep 0.5
  done
  return 1
}

log "load: $USERS people over $RAMP s, $ROUNDS rounds each"
LOAD_START=$(now_ms)
gatling "$USERS" "$RAMP" "$ROUNDS" true "$OUT/gatling.log" &
GATLING=$!

KILLED_NODE=""; KILL_NODE_AT=""; KILL_DB_AT=""; REJOIN=""; RESTART=""
if [[ $SHORT == true ]]; then
  # The beneficiary is filling in the form: their node goes.
  wait_for_line " filling " 600 || { log "the beneficiary never reached the form"; tail -40 "$OUT/gatling.log"; exit 1; }
  KILLED_NODE=$(grep -m1 " filling " "$OUT/record.txt" | awk '{print $4}' | tr -dc '0-9')
  KILL_NODE_AT=$(now_ms); "$CLUSTER" kill-node "$KILLED_NODE"
else
  wait_for_line " submitted " 900 || { log "no request was submitted"; tail -40 "$OUT/gatling.log"; exit 1; }
  sleep 10
  KILLED_NODE=1; KILL_NODE_AT=$(now_ms); "$CLUSTER" kill-node 1
  sleep 30
  KILL_DB_AT=$(now_ms); "$CLUSTER" kill-db 1
  sleep 20
  "$CLUSTER" start-db 1 2>&1 | tee "$OUT/rejoin.log"
  REJOIN=$(grep -o 'synced in .*' "$OUT/rejoin.log" | tail -1)
  "$CLUSTER" start-node 1 > "$OUT/restart-node.log" 2>&1 &
  RESTART=$!
fi
wait "$GATLING" || true
LOAD_END=$(now_ms)
log "load finished after $(( (LOAD_END - LOAD_START) / 1000 )) s"

# Outstanding event publications (mails, notifications) of the killed node are resubmitted by the
# ShedLock-guarded redelivery job (every minute); wait until none is left, at most 3 minutes.
for _ in $(seq 1 90); do
  [[ $(csql "select count(*) from event_publication where completion_date is null") == 0 ]] && break
  sleep 2
done

# ---------------------------------------------------------------- counts
R=$OUT/record.txt
emails_in() { awk -v k="$1" '$2 == k {print $3}' "$R" | sort -u; }
in_list() { sed "s/.*/'&'/" | paste -sd, -; }

SUBMITTED=$(emails_in submitted | wc -l)
MISSING_REQUESTS=0; DUPLICATE_REQUESTS=0
if ((SUBMITTED > 0)); then
  counts=$(csql "select a.email, count(r.id) from account a left join support_request r
      on r.beneficiary_account_id = a.id and r.state <> 'DRAFT' and r.submitted_at >= '$START_SQL'
      where a.email in ($(emails_in submitted | in_list)) group by a.email")
  MISSING_REQUESTS=$(( SUBMITTED - $(echo "$counts" | awk '$2 > 0' | wc -l) ))
  DUPLICATE_REQUESTS=$(echo "$counts" | awk '$2 > 1' | wc -l)
fi
SURVEYS=$(awk '$2 == "survey" {print $4}' "$R" | sort -u | wc -l)
MISSING_SURVEYS=0
if ((SURVEYS > 0)); then
  answered=$(csql "select count(*) from survey_invitation where answered_at is not null and token_hash in
      ($(awk '$2 == "survey" {print $4}' "$R" | sort -u | while read -r t; do printf '%s' "$t" | sha256sum | cut -d' ' -f1; done | in_list))")
  MISSING_SURVEYS=$((SURVEYS - answered))
fi
# Mails: every keyed mail recorded as sent over SMTP since the start must have reached the sink,
# once (the Message-ID is made from the key: Mailer.messageId).
MAILS_SENT=$(csql "select count(*) from sent_mail where transport = 'SMTP' and dedupe_key is not null and created_at >= '$START_SQL'")
csql "select concat('<', left(sha2(dedupe_key, 256), 32), '.portal@') from sent_mail
      where transport = 'SMTP' and dedupe_key is not null and created_at >= '$START_SQL'" | sort -u > "$OUT/mail-expected.txt"
awk '{print $2}' "$OUT/mail.txt" | grep '\.portal@' | sed 's/@.*/@/' | sort > "$OUT/mail-received.txt" || true
MAILS_RECEIVED=$(sort -u "$OUT/mail-received.txt" | wc -l)
MAILS_DUPLICATED=$(uniq -d "$OUT/mail-received.txt" | wc -l)
MAILS_MISSING=$(comm -23 "$OUT/mail-expected.txt" <(sort -u "$OUT/mail-received.txt") | wc -l)
OUTSTANDING=$(csql "select count(*) from event_publication where completion_date is null")
NOTIFICATION_DUPLICATES=$(csql "select count(*) - count(distinct dedupe_key) from notification")

LOST_ON_KILLED=$(awk -v n="node$KILLED_NODE" '$2 == "lost" && $4 == n' "$R" | wc -l)
LOST_ELSEWHERE=$(awk -v n="node$KILLED_NODE" '$2 == "lost" && $4 != n' "$R" | wc -l)
RECOVERED=$(awk '$2 == "recovered"' "$R" | wc -l)
SIGNIN=$(awk '$2 == "signin"' "$R" | wc -l)
RECOVERY_MS=$(awk '$2 == "recovered" {print $4}' "$R" | sort -n | awk '{a[NR]=$1} END {if (NR) printf "median %d ms, max %d ms", a[int((NR+1)/2)], a[NR]; else print "-"}')
stall() {   # the longest probe write from AT to AT+30 s, and failed writes in that window
  [[ -n $1 ]] || { echo "-"; return; }
  awk -v from="$1" '$1 >= from - 1000 && $1 <= from + 30000 {if ($3 > m) m = $3; if ($4 == "failed") f++}
      END {printf "longest write %.1f s, %d failed", m / 1000, f}' "$OUT/probe.txt"
}
GLOBAL=$(grep -A12 'Global Information' "$OUT/gatling.log" | grep -E 'request count|95th|mean throughput' | sed 's/^> *//' || true)

{
  echo "# Cluster fault drill, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "$NODES portal nodes, 3 Galera nodes, HAProxy; $USERS people over $RAMP s, $ROUNDS rounds;"
  echo "machine: $(nproc) cores, load average at the end $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "| what | measured | target |"
  echo "|---|---|---|"
  echo "| requests confirmed to people (receipt shown) | $SUBMITTED | |"
  echo "| of those missing in the database | $MISSING_REQUESTS | 0 |"
  echo "| of those stored twice | $DUPLICATE_REQUESTS | 0 |"
  echo "| survey answers confirmed (thanks shown) / missing | $SURVEYS / $MISSING_SURVEYS | 0 missing |"
  echo "| keyed mails sent (outbox) / reached the mail server / missing / duplicated | $MAILS_SENT / $MAILS_RECEIVED / $MAILS_MISSING / $MAILS_DUPLICATED | 0 / 0 |"
  echo "| in-app notifications duplicated | $NOTIFICATION_DUPLICATES | 0 |"
  echo "| event publications still outstanding at the end | $OUTSTANDING | 0 |"
  echo "| failed steps of people on the killed portal node (node$KILLED_NODE) | $LOST_ON_KILLED | |"
  echo "| failed steps of people on the other nodes | $LOST_ELSEWHERE | 0 |"
  echo "| people served again by the reload, signed in by their cookie | $RECOVERED ($RECOVERY_MS) | ≤ 5 s |"
  echo "| people who had to type their password again | $SIGNIN | 0 |"
  echo "| database writes after Galera node 1 was killed | $(stall "$KILL_DB_AT") | ≤ 7 s |"
  echo "| Galera node 1 started again | ${REJOIN:--} | IST |"
  echo
  echo '```'
  echo "$GLOBAL"
  echo '```'
} > "$OUT/report.md"

# ---------------------------------------------------------------- throughput by number of nodes
if [[ $SCALING == true ]]; then
  [[ -n $RESTART ]] && { wait "$RESTART" || true; }
  for _ in $(seq 1 60); do curl -fs -o /dev/null "http://127.0.0.1:8481/actuator/health/readiness" && break; sleep 2; done
  {
    echo
    echo "## The same load through 1, 2 and 3 portal nodes (no faults)"
    echo
    echo "| portal nodes | requests | throughput | p95 | portal CPU per request | CPU of each node |"
    echo "|---|---|---|---|---|---|"
  } >> "$OUT/report.md"
  for n in 1 2 3; do
    for j in 1 2 3; do
      if ((j <= n)); then "$CLUSTER" ready-node "$j"; else "$CLUSTER" maint-node "$j"; fi
    done
    declare -A before=()
    for j in 1 2 3; do before[$j]=$(cpu "$(cat "$CLUSTER_STATE/node$j/pid")"); done
    gatling "$USERS" "$RAMP" 1 false "$OUT/gatling-$n.log"
    per_node=""; total=0
    for j in $(seq 1 "$n"); do
      used=$(echo "$(cpu "$(cat "$CLUSTER_STATE/node$j/pid")") - ${before[$j]}" | bc)
      per_node+="node$j ${used} s; "; total=$(echo "$total + $used" | bc)
    done
    # Gatling's console table: "name | total | OK | KO", numbers with a thousands comma.
    stat() { grep -m1 "$1" "$OUT/gatling-$n.log" | cut -d'|' -f2 | tr -d ', ' ; }
    count=$(stat 'request count'); count=${count:-0}
    p95=$(stat '95th percentile'); p95=${p95:--}
    rps=$(stat 'mean throughput'); rps=${rps:--}
    per_request=$( ((count > 0)) && echo "scale=1; 1000 * $total / $count" | bc || echo -)
    echo "| $n | $count | $rps req/s | $p95 ms | $per_request ms | $per_node |" >> "$OUT/report.md"
  done
fi

cat "$OUT/report.md"
failed=$((MISSING_REQUESTS + DUPLICATE_REQUESTS + MISSING_SURVEYS + MAILS_MISSING + MAILS_DUPLICATED + NOTIFICATION_DUPLICATES + OUTSTANDING + SIGNIN))
if [[ $SHORT == true ]] && ((SUBMITTED == 0)); then
  log "FAILED: the scripted beneficiary's request was never confirmed"; exit 1
fi
if ((failed > 0)); then
  log "FAILED: work was lost or doubled, or someone had to sign in again (see $OUT/report.md)"; exit 1
fi
log "passed: nothing confirmed was lost, nothing went twice (report: $OUT/report.md)"
