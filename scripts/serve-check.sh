#!/usr/bin/env bash
# The packaged service as scripts/serve.sh starts it, on a database of its own: the first start makes the
# class-data archive when it is missing or stale and becomes ready; the second start must map that archive
# (-Xshare:on makes the JVM refuse to start when it cannot) and is timed. Bounded: about a minute.
#
#   ./mvnw -B -DskipTests package && scripts/serve-check.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"

WORK="$(mktemp -d /tmp/quotedesk-serve.XXXXXX)"
trap 'cleanup_pids; rm -rf "$WORK"' EXIT
ARCHIVE="$ROOT/target/quarkus-app/app-cds-dynamic.jsa"
[ -f "$ROOT/target/quarkus-app/quarkus-run.jar" ] || fail "no target/quarkus-app: run ./mvnw -B -DskipTests package first"

# serve PORT LOG [JVM options]: scripts/serve.sh in the background on $WORK's database; sets APP_PID
serve() {
    local port="$1" logfile="$2"
    shift 2
    QUOTEDESK_ADMIN_PASSWORD="$ADMIN_PASSWORD" "$ROOT/scripts/serve.sh" "$@" -Dquarkus.http.host=127.0.0.1 \
        -Dquarkus.http.port="$port" -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$WORK/data/quotedesk" \
        >"$logfile" 2>&1 &
    APP_PID=$!
    STARTED_PIDS+=("$APP_PID")
    APP_LOGS+=("$logfile")
}

stop() {
    kill -s TERM "$1"
    wait "$1" || true
}

port="$(free_port)"
serve "$port" "$WORK/first.log"
wait_ready "$port" "$APP_PID" 300
stop "$APP_PID"
[ -s "$ARCHIVE" ] || fail "scripts/serve.sh made no class-data archive ($ARCHIVE)"
[ "$ARCHIVE" -nt "$ROOT/target/quarkus-app/quarkus-run.jar" ] || fail "the archive is older than the jar"

port="$(free_port)"
t0=$(date +%s%N)
serve "$port" "$WORK/second.log" -Xshare:on
until curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; do
    kill -0 "$APP_PID" 2>/dev/null || fail "the second start exited (could it not map the archive?)"
    [ $((($(date +%s%N) - t0) / 1000000000)) -lt 120 ] || fail "the second start was not ready after 120 s"
    sleep 0.05
done
ms=$((($(date +%s%N) - t0) / 1000000))
stop "$APP_PID"
log "OK: scripts/serve.sh made the class-data archive and the next start used it (ready in ${ms} ms, empty database)"
