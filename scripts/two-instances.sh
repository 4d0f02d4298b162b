#!/usr/bin/env bash
# Two instances of the PostgreSQL build on different ports, sharing only the database and the session key
# (issue 6): sign in by form on A and continue on B; 16 concurrent reviews of one version spread over A
# and B leave exactly one winner (10 rounds); a sign-in lock made on A holds on B and an admin reset on B
# lifts it on A. Bounded: about 1-2 minutes plus a build if needed.
#
#   scripts/two-instances.sh
#   APP_DIR=/path/to/pg/quarkus-app scripts/two-instances.sh     reuse an app packaged with -Dquarkus.profile=pg
set -euo pipefail
source "$(dirname "$0")/lib.sh"

WORK="$(mktemp -d /tmp/quotedesk-two.XXXXXX)"
APP="${APP_DIR:-$ROOT/target/trust-apps/pg}"
DB="${QUOTEDESK_PG_DB:-quotedesk_two_$$}"
trap 'cleanup_pids; pg_drop_db "$DB"; rm -rf "$WORK"' EXIT

build_app pg "$APP"
pg_fresh_db "$DB"
export QUOTEDESK_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" QUOTEDESK_DB_USER="$PGUSER" QUOTEDESK_DB_PASSWORD=""
export QUOTEDESK_SESSION_KEY="$(head -c 32 /dev/urandom | base64 | tr -d '\n=+/')"
PORT_A="$(free_port)"
PORT_B="$(free_port)"
[ "$PORT_A" != "$PORT_B" ] || PORT_B="$(free_port)"

start_app "$APP" "$PORT_A" "$WORK/a" "$WORK/a.log"
PID_A=$APP_PID
wait_ready "$PORT_A" "$PID_A" 300
start_app "$APP" "$PORT_B" "$WORK/b" "$WORK/b.log"
PID_B=$APP_PID
wait_ready "$PORT_B" "$PID_B" 300

code=0
probe two "http://127.0.0.1:$PORT_A" "http://127.0.0.1:$PORT_B" admin "$ADMIN_PASSWORD" || code=$?
kill -s TERM "$PID_A" "$PID_B"
wait "$PID_A" "$PID_B" || true
if grep -hE "ERROR" "$WORK/a.log" "$WORK/b.log" | grep -v "Failed sign-in" | head -5; then
    log "(errors above are from the instances' logs)"
fi
[ "$code" -eq 0 ] || fail "two instances: see the lines above"
log "OK: two instances share sessions, locks and one winner per version"
