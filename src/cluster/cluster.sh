#!/usr/bin/env bash
# A portal cluster on this machine, on 127.0.0.1 only: 3 MariaDB Galera nodes, N portal nodes
# (validate-only migrations, after one migrate-only run) and HAProxy in front with sticky sessions.
#
#   src/cluster/cluster.sh start [--nodes N] [--jar PATH] [--demo] [--detach]
#   src/cluster/cluster.sh stop | status
#   src/cluster/cluster.sh start-dbs | stop-dbs        (the 3 Galera nodes alone)
#   src/cluster/cluster.sh start-db I | stop-db I      (Galera node I = 1..3; start rejoins by IST/SST)
#   src/cluster/cluster.sh start-node J | stop-node J  (portal node J)
#   src/cluster/cluster.sh reload-proxy                (HAProxy's configuration written again, reloaded)
#   src/cluster/cluster.sh drain-node J | ready-node J | maint-node J   (HAProxy runtime state of node J)
#   src/cluster/cluster.sh kill-node J | kill-db I     (kill -9, for fault drills: src/cluster/drill.sh)
#
# Without --detach, start waits; Ctrl-C stops everything it started. State, logs and pid files:
# $CLUSTER_STATE (default target/cluster). docs/operations.md has the runbook, docs/scaling.md the why.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STATE=${CLUSTER_STATE:-$REPO/target/cluster}
FRONT_PORT=${CLUSTER_PORT:-8480}          # HAProxy: the portal's address
STATS_PORT=$((FRONT_PORT - 1))            # HAProxy statistics page
NODE_BASE=$FRONT_PORT                     # portal node J listens on FRONT_PORT + J
DB_NODES=3                                # Galera node I: SQL 33I1, Galera 45I1, IST 45I2, SST 45I3
GCOMM="gcomm://127.0.0.1:4511,127.0.0.1:4521,127.0.0.1:4531"
# transactionReplay: a transaction cut off by its Galera node's death runs again on the next node
# (the driver keeps its statements; a failure during COMMIT itself is reported, never replayed).
DB_URL="jdbc:mariadb:sequential://127.0.0.1:3311,127.0.0.1:3321,127.0.0.1:3331/portal?galeraAllowedState=4&transactionReplay=true"
# The portal needs Java 25: JAVA_HOME's, else the first JDK 25 installed, else java on the PATH.
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
if [[ -z ${JAVA_HOME:-} ]]; then
  for jdk in /usr/lib/jvm/*25*; do [[ -x $jdk/bin/java ]] && { JAVA=$jdk/bin/java; break; }; done
fi

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { log "ERROR: $*" >&2; exit 1; }
alive() { [[ -f $1 ]] && kill -0 "$(cat "$1")" 2>/dev/null; }
db_port() { echo "33${1}1"; }
db_sql() { mariadb --socket="$STATE/db$1/mariadbd.sock" -uroot -N -B -e "$2"; }

# ---------------------------------------------------------------- packages
install_missing() {
  local missing=()
  command -v mariadbd >/dev/null || missing+=(mariadb-server)
  [[ -f /usr/lib/galera/libgalera_smm.so ]] || missing+=(galera-4)
  command -v haproxy >/dev/null || missing+=(haproxy)
  command -v rsync >/dev/null || missing+=(rsync)
  command -v socat >/dev/null || missing+=(socat)
  if ((${#missing[@]})); then
    log "Installing ${missing[*]}"
    apt-get install -y "${missing[@]}"
  fi
}

# ---------------------------------------------------------------- Galera
db_config() {
  local i=$1 dir=$STATE/db$1
  mkdir -p "$dir/data" "$dir/tmp"
  chmod 711 "$STATE"   # mysql passes through to its own directory; the secrets beside it are 600
  chown -R mysql:mysql "$dir"
  chmod 750 "$dir"
  cat > "$dir/my.cnf" <<CNF
[mysqld]
# As the mysql user, so the rsync daemon of a state transfer (started by mariadbd) writes as it too.
user=mysql
datadir=$dir/data
tmpdir=$dir/tmp
socket=$dir/mariadbd.sock
pid-file=$dir/mariadbd.pid
log-error=$dir/error.log
port=$(db_port "$i")
bind-address=127.0.0.1
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
max_allowed_packet=64M
innodb_buffer_pool_size=128M
performance_schema=OFF
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=eshraqa
wsrep_cluster_address=$GCOMM
wsrep_node_name=db$i
wsrep_node_address=127.0.0.1:45${i}1
# A silent node is suspected after 3 s and dropped after 6 s (defaults 5 s and 15 s): writes on the
# others wait that long for it. Lower values drop healthy nodes of a loaded machine (docs/scaling.md).
wsrep_provider_options="base_port=45${i}1;gmcast.listen_addr=tcp://127.0.0.1:45${i}1;ist.recv_addr=127.0.0.1:45${i}2;gcache.size=64M;evs.suspect_timeout=PT3S;evs.inactive_timeout=PT6S;evs.inactive_check_period=PT0.5S;evs.keepalive_period=PT0.5S"
wsrep_sst_receive_address=127.0.0.1:45${i}3
wsrep_sst_method=rsync
[client]
socket=$dir/mariadbd.sock
CNF
}

# Waits until node I is Synced (wsrep_local_state 4) and the SQL port answers.
db_wait_synced() {
  local i=$1 deadline=$((SECONDS + ${2:-300}))
  while ((SECONDS < deadline)); do
    if [[ -S $STATE/db$i/mariadbd.sock ]] &&
       [[ $(db_sql "$i" "show status like 'wsrep_local_state'" 2>/dev/null | cut -f2) == 4 ]]; then
      return 0
    fi
    if [[ -f $STATE/db$i/launcher.pid ]] && ! alive "$STATE/db$i/launcher.pid"; then
      tail -20 "$STATE/db$i/error.log" >&2
      die "Galera node $i stopped while starting (see $STATE/db$i/error.log)"
    fi
    sleep 1
  done
  die "Galera node $i not synced after ${2:-300} s (see $STATE/db$i/error.log)"
}

# Starts Galera node I; bootstrap=1 starts a new cluster with it.
db_start() {
  local i=$1 bootstrap=${2:-0} dir=$STATE/db$1
  if alive "$dir/launcher.pid"; then log "Galera node $i already runs"; return; fi
  db_config "$i"
  local extra=()
  if [[ ! -d $dir/data/mysql ]] && ((bootstrap)); then
    log "Galera node $i: new data directory"
    mariadb-install-db --defaults-file="$dir/my.cnf" --user=mysql --skip-test-db >"$dir/install.log" 2>&1 ||
      { cat "$dir/install.log" >&2; die "mariadb-install-db failed"; }
  fi
  # After a crash grastate.dat does not know the node's last write (seqno -1): recover it from
  # InnoDB first, or the node would ask for a full state transfer instead of the missing writes.
  if [[ -f $dir/data/grastate.dat ]] && grep -q '^seqno: *-1' "$dir/data/grastate.dat"; then
    mariadbd --defaults-file="$dir/my.cnf" --wsrep-recover --log-error="$dir/recover.log" >/dev/null 2>&1 || true
    local position
    position=$(grep -o 'Recovered position: [^ ]*' "$dir/recover.log" 2>/dev/null | tail -1 | cut -d' ' -f3)
    if [[ -n $position ]]; then
      log "Galera node $i: recovered position $position after a crash"
      extra+=(--wsrep-start-position="$position")
    fi
  fi
  if ((bootstrap)); then
    extra+=(--wsrep-new-cluster)
    # The cluster was stopped as a whole: this node was the last to stop, or we say it was.
    [[ -f $dir/data/grastate.dat ]] && sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$dir/data/grastate.dat"
  fi
  local started=$SECONDS lines
  lines=$( (wc -l < "$dir/error.log") 2>/dev/null || echo 0)
  local how="joins the cluster"; ((bootstrap)) && how="starts a new cluster"
  log "Galera node $i: starting on 127.0.0.1:$(db_port "$i"), $how"
  setsid mariadbd --defaults-file="$dir/my.cnf" "${extra[@]}" >>"$dir/console.log" 2>&1 </dev/null &
  echo $! > "$dir/launcher.pid"
  db_wait_synced "$i"
  local transfer="no state transfer"
  # (wsrep_sst_rsync runs for both; it says which it did.)
  if tail -n +$((lines + 1)) "$dir/error.log" | grep -q 'rsync SST completed'; then transfer="full state transfer (SST)"
  elif tail -n +$((lines + 1)) "$dir/error.log" | grep -q 'IST received'; then transfer="incremental state transfer (IST)"
  fi
  log "Galera node $i: synced in $((SECONDS - started)) s, $transfer"
}

db_stop() {
  local i=$1 pidfile=$STATE/db$1/launcher.pid
  if alive "$pidfile"; then
    log "Galera node $i: stopping"
    kill -TERM "$(cat "$pidfile")"
    for _ in $(seq 1 60); do alive "$pidfile" || break; sleep 1; done
    alive "$pidfile" && { log "Galera node $i: still up after 60 s, killing"; kill -KILL "$(cat "$pidfile")"; }
  fi
  rm -f "$pidfile"
}

# The last write node I committed: from grastate.dat after a clean stop, recovered from InnoDB
# (--wsrep-recover) after a crash; -1 if it has none.
db_seqno() {
  local dir=$STATE/db$1 seqno
  seqno=$(awk '/^seqno:/ {print $2}' "$dir/data/grastate.dat" 2>/dev/null || true)
  if [[ -z $seqno || $seqno == -1 ]]; then
    db_config "$1"
    mariadbd --defaults-file="$dir/my.cnf" --wsrep-recover --log-error="$dir/recover.log" >/dev/null 2>&1 || true
    seqno=$(grep -o 'Recovered position: [^ ]*' "$dir/recover.log" 2>/dev/null | tail -1 | awk -F: '{print $NF}')
  fi
  echo "${seqno:--1}"
}

# The node to bootstrap an existing cluster from: the one Galera marked safe (the last to stop
# cleanly); after a crash of every node, the one with the latest write, or committed work is lost.
db_bootstrap_node() {
  local i best=1 best_seqno=-2 seqno
  for i in $(seq 1 $DB_NODES); do
    grep -qs '^safe_to_bootstrap: 1' "$STATE/db$i/data/grastate.dat" && { echo "$i"; return; }
  done
  for i in $(seq 1 $DB_NODES); do
    [[ -d $STATE/db$i/data/mysql ]] || continue
    seqno=$(db_seqno "$i")
    log "Galera node $i: last write $seqno" >&2
    if ((seqno > best_seqno)); then best=$i; best_seqno=$seqno; fi
  done
  echo "$best"
}

db_prepare_schema() {
  local password
  if [[ ! -f $STATE/db-password ]]; then
    (umask 077; openssl rand -hex 24 > "$STATE/db-password")
  fi
  password=$(cat "$STATE/db-password")
  db_sql "$1" "create database if not exists portal character set utf8mb4 collate utf8mb4_unicode_ci;
    create user if not exists 'portal'@'127.0.0.1' identified by '$password';
    alter user 'portal'@'127.0.0.1' identified by '$password';
    grant all privileges on portal.* to 'portal'@'127.0.0.1';"
}

# ---------------------------------------------------------------- portal
jar_path() {
  if [[ -n ${JAR:-} ]]; then echo "$JAR"; return; fi
  local jar
  jar=$(ls -t "$REPO"/target/portal-*.jar 2>/dev/null | grep -v original | head -1 || true)
  if [[ -z $jar ]]; then
    log "Building the production jar (./mvnw -B -Pproduction -DskipTests package)" >&2
    (cd "$REPO" && ./mvnw -B -q -Pproduction -DskipTests package) >&2
    jar=$(ls -t "$REPO"/target/portal-*.jar | grep -v original | head -1)
  fi
  echo "$jar"
}

data_keys() {
  if [[ ! -f $STATE/data-keys ]]; then
    (umask 077; echo "k$(date -u +%Y%m%d):$(openssl rand -base64 32)" > "$STATE/data-keys")
  fi
  cat "$STATE/data-keys"
}

# Environment shared by every portal process (secrets here, not on the command line).
portal_env() {
  export SPRING_DATASOURCE_URL=$DB_URL
  export SPRING_DATASOURCE_USERNAME=portal
  SPRING_DATASOURCE_PASSWORD=$(cat "$STATE/db-password"); export SPRING_DATASOURCE_PASSWORD
  PORTAL_DATA_KEYS=$(data_keys); export PORTAL_DATA_KEYS
  export SPRING_DATASOURCE_HIKARI_CONNECTION_TIMEOUT=5000
  export PORTAL_BASE_URL=http://127.0.0.1:$FRONT_PORT
  export SERVER_FORWARD_HEADERS_STRATEGY=native
  export SPRING_MODULITH_EVENTS_REPUBLISH_OUTSTANDING_EVENTS_ON_RESTART=false
  # CLUSTER_MAIL_PORT: an SMTP server on 127.0.0.1 (the drill's mail sink); without it mails are only logged.
  if [[ -n ${CLUSTER_MAIL_PORT:-} ]]; then
    export SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=$CLUSTER_MAIL_PORT
  fi
}

migrate_once() {
  local jar=$1 started=$SECONDS
  log "Migrating the database once (migrate-only start)"
  (portal_env; "$JAVA" -Xmx512m -jar "$jar" --portal.db.migrations=migrate-only \
      --portal.data-dir="$STATE/migrate" >"$STATE/migrate.log" 2>&1) ||
    { tail -30 "$STATE/migrate.log" >&2; die "the migrate-only start failed (see $STATE/migrate.log)"; }
  log "Migrated in $((SECONDS - started)) s"
}

node_start() {
  local j=$1 jar=$2 demo=${3:-false} dir=$STATE/node$1
  if alive "$dir/pid"; then log "Portal node $j already runs"; return; fi
  mkdir -p "$dir"
  local port=$((NODE_BASE + j))
  log "Portal node $j: starting on 127.0.0.1:$port$([[ $demo == true ]] && echo ', with demo data' || true)"
  (portal_env; [[ $demo == true ]] && export PORTAL_DEMO_ENABLED=true
   exec setsid "$JAVA" -Xmx768m -jar "$jar" --server.address=127.0.0.1 --server.port="$port" \
      --portal.db.migrations=validate --portal.data-dir="$dir/data" \
      >>"$dir/portal.log" 2>&1 </dev/null) &
  echo $! > "$dir/pid"
}

node_ready() { curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$((NODE_BASE + $1))/actuator/health/readiness"; }

node_wait() {
  local j=$1 deadline=$((SECONDS + 300)) started=$SECONDS
  while ((SECONDS < deadline)); do
    node_ready "$j" && { log "Portal node $j: ready after $((SECONDS - started)) s"; return 0; }
    alive "$STATE/node$j/pid" || { tail -30 "$STATE/node$j/portal.log" >&2; die "portal node $j stopped while starting"; }
    sleep 2
  done
  die "portal node $j not ready after 300 s (see $STATE/node$j/portal.log)"
}

node_stop() {
  local j=$1 pidfile=$STATE/node$1/pid
  if alive "$pidfile"; then
    log "Portal node $j: stopping"
    kill -TERM "$(cat "$pidfile")"
    for _ in $(seq 1 40); do alive "$pidfile" || break; sleep 1; done
    alive "$pidfile" && kill -KILL "$(cat "$pidfile")"
  fi
  rm -f "$pidfile"
}

# ---------------------------------------------------------------- HAProxy
haproxy_start() {
  local n=$1 cfg=$STATE/haproxy.cfg
  {
    cat <<CFG
global
    maxconn 4096
    log stdout format raw local0 notice
    # Runtime commands (drain-node, ready-node): owner only.
    stats socket $STATE/haproxy.sock mode 600 level admin

defaults
    mode http
    log global
    option httplog
    timeout connect 2s
    timeout client 5m
    timeout server 5m
    # A request to a node that is gone goes to another one (the person signs in again there),
    # also when the node died between accepting the connection and answering (kill -9: otherwise a
    # 502). The other node has no UI state of that browser, so no Vaadin action runs twice.
    option redispatch
    retries 2
    retry-on conn-failure empty-response

frontend portal
    bind 127.0.0.1:$FRONT_PORT
    option forwardfor
    http-request set-header X-Forwarded-Proto http
    # Without it Tomcat takes the scheme's default port (80) for redirects.
    http-request set-header X-Forwarded-Port %[dst_port]
    default_backend portal_nodes

backend portal_nodes
    balance roundrobin
    # Vaadin keeps each UI in its node's session: every request of a browser goes to one node.
    cookie SRV insert indirect nocache httponly
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    default-server check inter 1s fall 2 rise 2
CFG
    for j in $(seq 1 "$n"); do
      echo "    server node$j 127.0.0.1:$((NODE_BASE + j)) cookie node$j"
    done
    cat <<CFG

listen stats
    bind 127.0.0.1:$STATS_PORT
    stats enable
    stats uri /
    stats refresh 2s
CFG
  } > "$cfg"
  haproxy -c -q -f "$cfg" || die "invalid $cfg"
  if alive "$STATE/haproxy.pid"; then
    log "HAProxy: reloading"
    kill -USR2 "$(cat "$STATE/haproxy.pid")"
    return
  fi
  log "HAProxy: 127.0.0.1:$FRONT_PORT (statistics on 127.0.0.1:$STATS_PORT)"
  setsid haproxy -W -f "$cfg" -p "$STATE/haproxy.master.pid" >>"$STATE/haproxy.log" 2>&1 </dev/null &
  echo $! > "$STATE/haproxy.pid"
}

haproxy_stop() {
  if alive "$STATE/haproxy.pid"; then
    log "HAProxy: stopping"
    kill -TERM "$(cat "$STATE/haproxy.pid")"
    for _ in $(seq 1 10); do alive "$STATE/haproxy.pid" || break; sleep 1; done
  fi
  rm -f "$STATE/haproxy.pid" "$STATE/haproxy.master.pid"
}

# Runtime state of a portal node in HAProxy: drain (no new browsers, sticky ones stay), maint, ready.
haproxy_state() {
  echo "set server portal_nodes/node$1 state $2" | socat stdio "unix-connect:$STATE/haproxy.sock" >/dev/null
  log "HAProxy: node$1 $2"
}

# The pid of a process started by this script (portal node J or Galera node I), for kill -9 drills.
crash() {
  local pidfile=$1 what=$2
  alive "$pidfile" || die "$what does not run"
  local pid; pid=$(cat "$pidfile")
  kill -KILL "$pid"
  log "$what: killed (kill -9 $pid)"
}

# ---------------------------------------------------------------- commands
# The Galera cluster alone: bootstrapped from the node safe to bootstrap from, the others joining.
dbs_start() {
  install_missing
  mkdir -p "$STATE"; chmod 711 "$STATE"
  local i first=""
  # A node that runs holds the cluster: the others join it, nothing is bootstrapped.
  for i in $(seq 1 $DB_NODES); do alive "$STATE/db$i/launcher.pid" && { first=$i; break; }; done
  if [[ -z $first ]]; then
    first=$(db_bootstrap_node)
    db_start "$first" 1
  fi
  for i in $(seq 1 $DB_NODES); do [[ $i == "$first" ]] || db_start "$i"; done
  db_prepare_schema "$first"
}

node_count() { cat "$STATE/nodes" 2>/dev/null || echo 2; }

stop_all() {
  trap - INT TERM
  for j in $(seq "$(node_count)" -1 1); do node_stop "$j"; done
  haproxy_stop
  # Node 1 last: it is then the one safe to bootstrap from next time.
  for i in $(seq $DB_NODES -1 1); do db_stop "$i"; done
  log "Cluster stopped"
}

status() {
  printf '%-12s %-8s %-8s %s\n' process pid state detail
  for i in $(seq 1 $DB_NODES); do
    local pidfile=$STATE/db$i/launcher.pid state=down detail=""
    if alive "$pidfile"; then
      state=up
      detail=$(db_sql "$i" "show status where variable_name in ('wsrep_cluster_size','wsrep_local_state_comment','wsrep_cluster_status')" 2>/dev/null | tr '\t\n' '= ' || true)
    fi
    printf '%-12s %-8s %-8s %s\n' "galera$i" "$(cat "$pidfile" 2>/dev/null || echo -)" "$state" "127.0.0.1:$(db_port "$i") $detail"
  done
  for j in $(seq 1 "$(node_count)"); do
    local pidfile=$STATE/node$j/pid state=down health=""
    if alive "$pidfile"; then
      state=up
      health=$(curl -s --max-time 2 "http://127.0.0.1:$((NODE_BASE + j))/actuator/health/readiness" || echo "no answer")
    fi
    printf '%-12s %-8s %-8s %s\n' "portal$j" "$(cat "$pidfile" 2>/dev/null || echo -)" "$state" "127.0.0.1:$((NODE_BASE + j)) $health"
  done
  if alive "$STATE/haproxy.pid"; then
    printf '%-12s %-8s %-8s %s\n' haproxy "$(cat "$STATE/haproxy.pid")" up "http://127.0.0.1:$FRONT_PORT/ (stats http://127.0.0.1:$STATS_PORT/)"
    curl -s --max-time 2 "http://127.0.0.1:$STATS_PORT/;csv" | awk -F, '$1=="portal_nodes" && $2!="BACKEND" {printf "  %-10s %s\n", $2, $18}'
  else
    printf '%-12s %-8s %-8s\n' haproxy - down
  fi
}

start() {
  local n=2 demo=false detach=false
  while (($#)); do
    case $1 in
      --nodes) n=$2; shift 2 ;;
      --jar) JAR=$2; shift 2 ;;
      --demo) demo=true; shift ;;
      --detach) detach=true; shift ;;
      *) die "unknown option $1" ;;
    esac
  done
  [[ $n =~ ^[1-9]$ ]] || die "--nodes takes 1 to 9"
  install_missing
  mkdir -p "$STATE"; chmod 711 "$STATE"
  echo "$n" > "$STATE/nodes"
  trap 'echo; stop_all; exit 130' INT TERM
  local jar; jar=$(jar_path)
  [[ -f $jar ]] || die "no jar at $jar"
  dbs_start
  migrate_once "$jar"
  node_start 1 "$jar" "$demo"
  # The first node starts alone: it does the first start's work (the first administrator, demo
  # data when asked), which two nodes starting on an empty database at once would both try.
  node_wait 1
  for j in $(seq 2 "$n"); do node_start "$j" "$jar"; done
  for j in $(seq 2 "$n"); do node_wait "$j"; done
  haproxy_start "$n"
  sleep 3
  status
  log "The portal: http://127.0.0.1:$FRONT_PORT/   (statistics: http://127.0.0.1:$STATS_PORT/)"
  if [[ $detach == true ]]; then
    trap - INT TERM
    log "Detached; stop with: $0 stop"
    return
  fi
  log "Ctrl-C stops the cluster"
  while true; do sleep 5 & wait $!; done
}

case ${1:-} in
  start) shift; start "$@" ;;
  stop) stop_all ;;
  status) status ;;
  start-dbs) dbs_start ;;
  stop-dbs) for i in $(seq $DB_NODES -1 1); do db_stop "$i"; done ;;
  start-db) db_start "${2:?node number}" 0 ;;
  stop-db) db_stop "${2:?node number}" ;;
  start-node) portal_env >/dev/null; node_start "${2:?node number}" "$(jar_path)"; node_wait "$2" ;;
  stop-node) node_stop "${2:?node number}" ;;
  reload-proxy) haproxy_start "$(node_count)" ;;
  drain-node) haproxy_state "${2:?node number}" drain ;;
  ready-node) haproxy_state "${2:?node number}" ready ;;
  maint-node) haproxy_state "${2:?node number}" maint ;;
  kill-node) crash "$STATE/node${2:?node number}/pid" "Portal node $2" ;;
  kill-db) crash "$STATE/db${2:?node number}/launcher.pid" "Galera node $2" ;;
  *) sed -n '2,16p' "$0"; exit 2 ;;
esac
