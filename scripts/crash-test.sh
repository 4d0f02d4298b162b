#!/usr/bin/env bash
# Crash safety (issue 6): starts the packaged service on an H2 file database (or PostgreSQL), runs a review
# load from several threads, SIGKILLs the process mid-load, restarts it and checks that every review
# acknowledged with 200 is there with its history. Then the same load with SIGTERM: shutdown must finish
# in-flight requests (none cut), end within the shutdown timeout, and lose nothing acknowledged.
#
#   scripts/crash-test.sh [h2|pg]        (default h2; bounded: about 2-4 minutes plus a build if needed)
#   APP_DIR=/path/to/quarkus-app scripts/crash-test.sh h2    reuse an already packaged app of that kind
set -euo pipefail
source "$(dirname "$0")/lib.sh"

KIND="${1:-h2}"
THREADS="${THREADS:-8}"
WORK="$(mktemp -d /tmp/quotedesk-crash.XXXXXX)"
APP="${APP_DIR:-$ROOT/target/trust-apps/$KIND}"
case "$APP" in /*) ;; *) APP="$PWD/$APP" ;; esac # the app runs from a scratch directory
DB="${QUOTEDESK_PG_DB:-quotedesk_crash_$$}"
trap 'cleanup_pids; [ "$KIND" = pg ] && pg_drop_db "$DB"; [ "${OK:-0}" = 1 ] && rm -rf "$WORK" || log "kept $WORK for inspection"' EXIT

build_app "$KIND" "$APP"
APP_LOGS+=("$WORK/data/quotedesk.trace.db")   # H2 writes why a file would not open here
PORT="$(free_port)"
if [ "$KIND" = pg ]; then
    pg_fresh_db "$DB"
    export QUOTEDESK_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" QUOTEDESK_DB_USER="$PGUSER" QUOTEDESK_DB_PASSWORD=""
fi
# H2: the default URL (./data/quotedesk) relative to the working directory $WORK: what users run

run_round() { # run_round SIGNAL LOADSECONDS KILLAFTER
    local signal="$1" seconds="$2" after="$3" acks="$WORK/acks-$1.tsv"
    start_app "$APP" "$PORT" "$WORK" "$WORK/app.log"
    local pid=$APP_PID
    wait_ready "$PORT" "$pid" 300
    local marker="$WORK/signalled-$signal"
    probe load "http://127.0.0.1:$PORT" admin "$ADMIN_PASSWORD" "$acks" "$THREADS" "$seconds" "$marker" \
        >"$WORK/load-$signal.out" 2>&1 &
    local load=$!
    STARTED_PIDS+=("$load")
    # wait until the load is really running (the client compiles itself and ingests the sample first)
    local waited=0 lines=0
    while :; do
        lines=0
        [ -f "$acks" ] && lines=$(wc -l <"$acks")
        [ "$lines" -ge 20 ] && break
        kill -0 "$load" 2>/dev/null || fail "the load client ended early: $(cat "$WORK/load-$signal.out")"
        sleep 1
        waited=$((waited + 1))
        [ "$waited" -lt 240 ] || fail "no reviews acknowledged after 240 s of load"
    done
    sleep "$after"
    lines=$(wc -l <"$acks")
    log "sending SIG$signal to the app mid-load ($lines reviews acknowledged so far)"
    local t0
    t0=$(date +%s%N)
    touch "$marker"
    kill -s "$signal" "$pid"
    local code=0
    wait "$pid" || code=$?
    local stop_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
    log "the app exited with code $code after ${stop_ms} ms"
    wait "$load" || fail "the load client failed: $(cat "$WORK/load-$signal.out")"
    cat "$WORK/load-$signal.out"
    if [ "$signal" = TERM ]; then
        [ "$stop_ms" -lt 15000 ] || fail "SIGTERM shutdown took ${stop_ms} ms (quarkus.shutdown.timeout is 10s)"
        grep -q "cut-in-flight=0 " "$WORK/load-$signal.out" || fail "SIGTERM cut requests in flight"
    fi
    start_app "$APP" "$PORT" "$WORK" "$WORK/app.log"
    pid=$APP_PID
    wait_ready "$PORT" "$pid" 300
    probe verify "http://127.0.0.1:$PORT" admin "$ADMIN_PASSWORD" "$acks" || fail "acknowledged reviews were lost after SIG$signal"
    [ "$(wc -l <"$acks")" -gt 0 ] || fail "no review was acknowledged before SIG$signal: the test proved nothing"
    kill -s TERM "$pid"
    wait "$pid" || true
}

log "crash test on $KIND, $THREADS review threads"
run_round KILL 300 3
run_round TERM 300 3
if grep -E "ERROR .*(Corrupt|corrupt|MVStoreException|checksum)" "$WORK/app.log"; then
    fail "the database reported corruption"
fi
OK=1
log "OK: crash and graceful-shutdown rounds on $KIND lost nothing acknowledged"
