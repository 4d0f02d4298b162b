# Shared helpers for the trust scripts (sourced). Everything listens on 127.0.0.1 only; every process a
# script starts is recorded and stopped by its pid on exit.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
ADMIN_PASSWORD="${ADMIN_PASSWORD:-script-admin-password}"
STARTED_PIDS=()
APP_LOGS=()

log() { printf '%s [%s] %s\n' "$(date -u +%H:%M:%S)" "$(basename "$0")" "$*"; }
fail() {
    log "FAIL: $*"
    for f in "${APP_LOGS[@]:-}"; do
        [ -n "$f" ] && [ -f "$f" ] && { log "last lines of $f:"; grep -v '^\s*at ' "$f" | tail -n 25; }
    done
    exit 1
}

cleanup_pids() {
    for pid in "${STARTED_PIDS[@]:-}"; do
        [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    done
}

# free_port: a free port on 127.0.0.1, picked at random from QUOTEDESK_PORT_RANGE (e.g. 18200-18299)
# when set, else any the kernel gives
free_port() {
    local port
    port="$(python3 - "${QUOTEDESK_PORT_RANGE:-}" <<'PY'
import random, socket, sys
spec = sys.argv[1]
ports = [0]
if spec:
    lo, hi = (int(x) for x in spec.split("-"))
    ports = random.sample(range(lo, hi + 1), hi - lo + 1)
for p in ports:
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", p))
        print(s.getsockname()[1])
        break
    except OSError:
        pass
    finally:
        s.close()
PY
)"
    [ -n "$port" ] || fail "no free port in ${QUOTEDESK_PORT_RANGE:-any range}"
    echo "$port"
}

# build_app h2|pg DIR: the packaged app for that database, copied to DIR (reused when DIR exists)
build_app() {
    local kind="$1" dir="$2"
    if [ -f "$dir/quarkus-run.jar" ]; then
        log "reusing $dir"
        return
    fi
    local profile_arg=()
    [ "$kind" = pg ] && profile_arg=(-Dquarkus.profile=pg)
    log "building the $kind app (./mvnw package ${profile_arg[*]:-})"
    (cd "$ROOT" && timeout 900 ./mvnw -B -q -DskipTests package "${profile_arg[@]}" >/dev/null)
    mkdir -p "$(dirname "$dir")"
    rm -rf "$dir" && cp -r "$ROOT/target/quarkus-app" "$dir"
}

# pg_fresh_db NAME: drops and creates a database on the machine's PostgreSQL
pg_fresh_db() {
    pg_isready -h "$PGHOST" -p "$PGPORT" -t 10 >/dev/null || fail "PostgreSQL is not reachable on $PGHOST:$PGPORT"
    PGOPTIONS="-c client_min_messages=warning" psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -v ON_ERROR_STOP=1 -q -c "DROP DATABASE IF EXISTS $1" \
        -c "CREATE DATABASE $1" >/dev/null
}

pg_drop_db() {
    PGOPTIONS="-c client_min_messages=warning" psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -q -c "DROP DATABASE IF EXISTS $1" >/dev/null 2>&1 || true
}

# start_app APPDIR PORT WORKDIR LOGFILE [extra -D options...]: starts the jar in the background; sets APP_PID
start_app() {
    local app="$1" port="$2" work="$3" logfile="$4"
    shift 4
    mkdir -p "$work"
    (cd "$work" && exec env QUOTEDESK_ADMIN_PASSWORD="$ADMIN_PASSWORD" java -Xmx512m \
        -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" "$@" -jar "$app/quarkus-run.jar" \
        >>"$logfile" 2>&1) &
    APP_PID=$!
    STARTED_PIDS+=("$APP_PID")
    APP_LOGS+=("$logfile")
}

# wait_ready PORT PID SECONDS
wait_ready() {
    local port="$1" pid="$2" limit="$3" waited=0
    until curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; do
        kill -0 "$pid" 2>/dev/null || fail "the app on port $port exited before it was ready"
        sleep 1
        waited=$((waited + 1))
        [ "$waited" -lt "$limit" ] || fail "the app on port $port was not ready after ${limit}s"
    done
    log "ready on port $port after ${waited}s (pid $pid)"
}

probe() {
    java -Dhttp.keepAlive=false "$ROOT/scripts/QuotedeskProbe.java" "$@"
}
