#!/usr/bin/env bash
# The packaged service as scripts/serve.sh starts it, on a database of its own: the first start makes the
# start-up cache (scripts/appcds.sh) when it is missing or stale and becomes ready; the second start must use
# that cache (-XX:AOTMode=on on JDK 25, -Xshare:on before, make the JVM refuse to start when it cannot) and
# is timed. The JDK is $JAVA_HOME's when set, else java on the PATH. Bounded: about two minutes.
#
#   ./mvnw -B -DskipTests package && scripts/serve-check.sh
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 scripts/serve-check.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"

WORK="$(mktemp -d /tmp/quotedesk-serve.XXXXXX)"
trap 'cleanup_pids; rm -rf "$WORK"' EXIT
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
# The cache is fresh now, so this only names it
option="$("$ROOT/scripts/appcds.sh" --option)"
cache="${option#*=}"
[ -n "$option" ] && [ -s "$cache" ] || fail "scripts/serve.sh made no start-up cache (${option:-none})"
[ "$cache" -nt "$ROOT/target/quarkus-app/quarkus-run.jar" ] || fail "the cache is older than the jar"
case "$option" in
    -XX:AOTCache=*) strict=-XX:AOTMode=on ;;
    *) strict=-Xshare:on ;;
esac

port="$(free_port)"
t0=$(date +%s%N)
serve "$port" "$WORK/second.log" "$strict"
until curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; do
    kill -0 "$APP_PID" 2>/dev/null || fail "the second start exited (could it not use $cache?)"
    [ $((($(date +%s%N) - t0) / 1000000000)) -lt 120 ] || fail "the second start was not ready after 120 s"
    sleep 0.05
done
ms=$((($(date +%s%N) - t0) / 1000000))
stop "$APP_PID"
log "OK: scripts/serve.sh made $(basename "$cache") and the next start used it (ready in ${ms} ms, empty database;" \
    "$("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -n 1))"
