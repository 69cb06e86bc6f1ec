#!/usr/bin/env bash
# A throw-away MariaDB server for the benchmarks (Debian's mariadbd), on 127.0.0.1:${BENCH_DB_PORT}.
#   bench-db.sh start | stop | reset | sql [args...]
set -euo pipefail
DIR=${BENCH_DIR:-/tmp/eshraqa-bench}/db
PORT=${BENCH_DB_PORT:-3406}
SOCK=$DIR/mysqld.sock
USER_ARG=()
[ "$(id -u)" = 0 ] && USER_ARG=(--user=root)

case "${1:-}" in
  start)
    mkdir -p "$DIR/tmp"
    if [ ! -d "$DIR/data/mysql" ]; then
      mariadb-install-db --no-defaults "${USER_ARG[@]}" --datadir="$DIR/data" --auth-root-authentication-method=normal \
        --skip-test-db >"$DIR/install.log" 2>&1
    fi
    # Buffer pool large enough for the generated data set; the redo log is flushed once a second
    # (not at every commit) so the bulk load is not bound by fsync. Both are recorded in docs/performance.md.
    mariadbd --no-defaults "${USER_ARG[@]}" --datadir="$DIR/data" --socket="$SOCK" --port="$PORT" \
      --bind-address=127.0.0.1 --tmpdir="$DIR/tmp" --pid-file="$DIR/mysqld.pid" --log-error="$DIR/error.log" \
      --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
      --innodb-buffer-pool-size=${BENCH_DB_BUFFER_POOL:-3G} --innodb-log-file-size=1G \
      --innodb-flush-log-at-trx-commit=2 --max-connections=200 --max-allowed-packet=64M &
    for _ in $(seq 1 60); do
      mariadb --no-defaults -uroot --socket="$SOCK" -e 'select 1' >/dev/null 2>&1 && break
      sleep 0.5
    done
    mariadb --no-defaults -uroot --socket="$SOCK" <<SQL
create database if not exists portal character set utf8mb4 collate utf8mb4_unicode_ci;
create user if not exists 'portal'@'127.0.0.1' identified by 'bench';
grant all on portal.* to 'portal'@'127.0.0.1';
SQL
    echo "MariaDB ready on 127.0.0.1:$PORT (data in $DIR/data)"
    ;;
  stop)
    [ -f "$DIR/mysqld.pid" ] && kill "$(cat "$DIR/mysqld.pid")" && echo stopped || echo "not running"
    ;;
  reset)
    mariadb --no-defaults -uroot --socket="$SOCK" -e 'drop database if exists portal;
      create database portal character set utf8mb4 collate utf8mb4_unicode_ci'
    echo "database portal emptied"
    ;;
  sql)
    shift
    exec mariadb --no-defaults -uroot --socket="$SOCK" portal "$@"
    ;;
  *)
    echo "usage: $0 start|stop|reset|sql" >&2; exit 2 ;;
esac
