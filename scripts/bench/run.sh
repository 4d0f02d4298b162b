#!/usr/bin/env bash
# Quotedesk load scenarios against the packaged service, on 127.0.0.1 only, each bounded in time.
# Usage: scripts/bench/run.sh SCENARIO...   (startup search review ingest export page explain rss all)
# BENCH_JVM_OPTS: JVM options for every start of the service; by default those of scripts/serve.sh, the
# documented way to run it (scripts/jvm.options, with MALLOC_ARENA_MAX=2); BENCH_JVM_OPTS= (empty) measures
# the plain `java -jar`. As scripts/serve.sh does, it starts with the start-up cache of scripts/appcds.sh,
# made beside $BENCH_APP when missing or stale; BENCH_CDS=0 starts without it. The JDK is $JAVA_HOME's when
# set, else java on the PATH.
# The service runs in $BENCH_WORK (default /tmp/qd-bench/h2), whose ./data holds the generated database
# (see BENCHMARKS.md for the generator). Results: one RESULT line per run in $BENCH_WORK/results/*.txt,
# and a median / min-max summary printed at the end of each scenario.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$REPO/scripts/bench
WORK=${BENCH_WORK:-/tmp/qd-bench/h2}
DB=${BENCH_DB:-h2}                       # h2 or pg (then BENCH_PG_DB names the database)
PG_DB=${BENCH_PG_DB:-quotedesk_bench}
PORT=${BENCH_PORT:-18080}
BASE=http://127.0.0.1:$PORT
RUNS=${BENCH_RUNS:-3}
DURATION=${BENCH_DURATION:-20s}
WARMUP=${BENCH_WARMUP:-15s}
APP=${BENCH_APP:-$REPO/target/quarkus-app/quarkus-run.jar}
JVM_OPTS=${BENCH_JVM_OPTS-$(cat "$REPO/scripts/jvm.options")}
if [ "${BENCH_CDS:-1}" = 1 ]; then
    if [ "$DB" = pg ]; then   # the training start of a PostgreSQL build needs a throwaway database
        psql -h 127.0.0.1 -U postgres -qAt -c "select 1 from pg_database where datname = 'quotedesk_cds_training'" \
            | grep -q 1 || psql -h 127.0.0.1 -U postgres -qc "create database quotedesk_cds_training"
        export QUOTEDESK_CDS_DB_URL=jdbc:postgresql://127.0.0.1:5432/quotedesk_cds_training
    fi
    # shellcheck disable=SC2086
    JVM_OPTS="$JVM_OPTS $("$REPO/scripts/appcds.sh" --option "$APP" $JVM_OPTS)"
fi
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
PASSWORD=${BENCH_PASSWORD:-bench-admin}
HEAVY=${BENCH_HEAVY_SPEAKER:-Ahmad Haddad}
H2JAR=$(ls "$(dirname "$APP")"/lib/main/com.h2database.h2-*.jar 2>/dev/null | head -n 1 || true)
export BENCH_AUTH="Basic $(printf 'admin:%s' "$PASSWORD" | base64 -w0)"
OUT=$WORK/results
mkdir -p "$OUT"
cd "$WORK"

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# One SQL statement against the service's database (service stopped for H2); prints the first column.
sql() {
    if [ "$DB" = pg ]; then
        psql -h 127.0.0.1 -U postgres -d "$PG_DB" -qAt -c "$1"
    else
        java -cp "$H2JAR" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/data/quotedesk" -user sa -password '' \
            -sql "$1" | sed -n '2,$p' | grep -v '^(' | sed 's/ *|.*//'
    fi
}

start() { # extra JVM options as arguments; prints milliseconds until health is UP
    local t0 pid
    t0=$(date +%s%N)
    QUOTEDESK_ADMIN_PASSWORD=$PASSWORD QUOTEDESK_DB_URL=jdbc:postgresql://127.0.0.1:5432/$PG_DB \
        "${JAVA_HOME:+$JAVA_HOME/bin/}java" $JVM_OPTS "$@" -Dquarkus.datasource.jdbc.acquisition-timeout=120S -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1 -jar "$APP" >"$WORK/service.log" 2>&1 &
    pid=$!
    echo "$pid" >"$WORK/service.pid"
    # One long-lived poller, every 10 ms: a curl, grep and sleep process every 20 ms took 0.8 of this
    # machine's 2 cores and slowed the start it measured by 2-3 s (BENCHMARKS.md, "Start-up")
    if python3 - "$PORT" "$pid" <<'PY'
import http.client, os, sys, time
port, pid = int(sys.argv[1]), int(sys.argv[2])
deadline = time.monotonic() + 240
while time.monotonic() < deadline:
    try:
        os.kill(pid, 0)
    except OSError:
        sys.exit(1)
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
        conn.request("GET", "/q/health/ready")
        response = conn.getresponse()
        if response.status == 200 and b'"UP"' in response.read():
            sys.exit(0)
    except OSError:
        pass
    time.sleep(0.01)
sys.exit(2)
PY
    then
        echo $((($(date +%s%N) - t0) / 1000000))
        return 0
    fi
    kill -0 "$pid" 2>/dev/null || tail -30 "$WORK/service.log" >&2
    log "service did not become ready in time"
    return 1
}

stop() {
    local pid
    pid=$(cat "$WORK/service.pid" 2>/dev/null || true)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        # H2 closes the file on the way out: wait for it, or the next start finds the database in use
        for _ in $(seq 1 1200); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    rm -f "$WORK/service.pid"
}
trap stop EXIT

rss_mib() { echo $(($(ps -o rss= -p "$(cat "$WORK/service.pid")") / 1024)); }

# The resident set by kind (/proc/PID/status): anonymous (heap, metaspace, code, stacks, malloc) and
# file-backed (the jars and the start-up cache mapped from disk), in MiB.
rss_kinds() {
    awk '/^RssAnon|^RssFile|^RssShmem/ {sub(":", "", $1); printf "%s_mib=%d ", tolower($1), $2 / 1024}' \
        "/proc/$(cat "$WORK/service.pid")/status"
}

# CPU time the service has used so far, in milliseconds (user + system). Per request, it is a figure that
# other work on the machine barely moves, unlike latency: see BENCHMARKS.md.
cpu_ms() { awk '{print ($14 + $15) * 10}' "/proc/$(cat "$WORK/service.pid")/stat"; }

# Runs wrk and appends the service's CPU milliseconds per request to its RESULT line.
wrk_cpu() {
    local c0 line req
    c0=$(cpu_ms)
    line=$(wrk "$@" | grep '^RESULT')
    req=$(echo "$line" | grep -o ' requests=[0-9]*' | cut -d= -f2)
    echo "$line cpu_ms_per_req=$(python3 -c "print(round(($(cpu_ms) - $c0) / max($req, 1), 2))") load1=$(cut -d' ' -f1 /proc/loadavg)"
}

# wrk_runs NAME THREADS CONNECTIONS SCRIPT PATH [script args]: one warm-up, then $RUNS measured runs.
wrk_runs() {
    local name=$1 t=$2 c=$3 script=$4 path=$5
    shift 5
    log "$name: warm-up $WARMUP"
    wrk -t"$t" -c"$c" -d"$WARMUP" --timeout 10s -s "$HERE/$script" "$BASE$path" -- "$@" >/dev/null
    : >"$OUT/$name.txt"
    for i in $(seq 1 "$RUNS"); do
        wrk_cpu -t"$t" -c"$c" -d"$DURATION" --timeout 10s -s "$HERE/$script" "$BASE$path" -- "$@" \
            | tee -a "$OUT/$name.txt" >&2
    done
    summarise "$OUT/$name.txt"
}

# Median and min-max of every numeric key=value over the RESULT lines of a file.
summarise() {
    python3 - "$1" <<'EOF'
import re, statistics, sys
rows = [dict(re.findall(r'(\w+)=([\d.]+)', l)) for l in open(sys.argv[1]) if l.startswith('RESULT')]
if rows:
    out = []
    for k in rows[0]:
        v = [float(r[k]) for r in rows if k in r]
        out.append(f"{k}={statistics.median(v):g} [{min(v):g}-{max(v):g}]")
    print(f"SUMMARY {sys.argv[1].split('/')[-1][:-4]} runs={len(rows)} " + " ".join(out))
EOF
}

# All live speaker names, URL-encoded, in $WORK/speakers.txt (kept between runs), 200 a page.
speaker_names() {
    [ -s "$WORK/speakers.txt" ] && return 0
    local page=0 n
    : >"$WORK/speakers.tmp"
    while :; do
        n=$(curl -sf --max-time 120 -H "Authorization: $BENCH_AUTH" "$BASE/api/speakers?size=200&page=$page" \
            | python3 -c '
import json, sys, urllib.parse
items = json.load(sys.stdin)["items"]
with open(sys.argv[1], "a") as out:
    for s in items:
        out.write(urllib.parse.quote(s["name"]) + "\n")
print(len(items))' "$WORK/speakers.tmp") || return 1
        [ "$n" -lt 200 ] && break
        page=$((page + 1))
    done
    mv "$WORK/speakers.tmp" "$WORK/speakers.txt"
}

urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }

scenario_startup() {
    : >"$OUT/startup.txt"
    for i in $(seq 1 "$RUNS"); do
        local ms cpu
        ms=$(start)
        cpu=$(cpu_ms)
        sleep 1
        echo "RESULT ready_ms=$ms cpu_at_ready_ms=$cpu quarkus_started_s=$(grep -o 'started in [0-9.]*s' "$WORK/service.log" \
            | grep -o '[0-9.]*' | head -n 1) rss_idle_mib=$(rss_mib)" | tee -a "$OUT/startup.txt" >&2
        stop
    done
    summarise "$OUT/startup.txt"
}

scenario_search() {
    start >/dev/null
    speaker_names
    log "search: $(wc -l <"$WORK/speakers.txt") speaker names"
    local heavy
    heavy=$(urlencode "$HEAVY")
    curl -sf -H "Authorization: $BENCH_AUTH" "$BASE/api/claims?speaker=$heavy&size=50" \
        | python3 -c 'import json,sys; d=json.load(sys.stdin); print("heavy speaker total", d["total"], "items", len(d["items"]))' >&2
    wrk_runs search-any-1conn 1 1 search.lua / "$WORK/speakers.txt"
    wrk_runs search-any-16conn 2 16 search.lua / "$WORK/speakers.txt"
    wrk_runs search-heavy-1conn 1 1 get.lua "/api/claims?speaker=$heavy&size=50"
    wrk_runs search-heavy-16conn 2 16 get.lua "/api/claims?speaker=$heavy&size=50"
    echo "RESULT rss_mib=$(rss_mib)" >"$OUT/rss-after-search.txt"
    stop
}

# The claims of the REVIEW_ARTICLES articles after the largest one, "id version" per line.
claim_versions() {
    local first=$1 count=$2
    for a in $(seq "$first" $((first + count - 1))); do
        curl -sf -H "Authorization: $BENCH_AUTH" "$BASE/api/articles/$a/claims"
    done | python3 -c '
import json, sys
dec = json.JSONDecoder(); s = sys.stdin.read(); i = 0
while i < len(s):
    arr, i = dec.raw_decode(s, i)
    for c in arr: print(c["id"], c["version"])'
}

scenario_review() {
    local first=${BENCH_REVIEW_FIRST_ARTICLE:-3} count=${BENCH_REVIEW_ARTICLES:-60}
    local audit0 audit1 okall=0
    audit0=$(sql "select count(*) from claim_aud where revtype = 1")
    start >/dev/null
    export BENCH_THREADS=16
    claim_versions "$first" "$count" >"$WORK/versions.txt"
    log "review: $(wc -l <"$WORK/versions.txt") claims in $count articles, audit rows (revtype 1) before: $audit0"
    wrk -t16 -c16 -d"$WARMUP" --timeout 10s -s "$HERE/review.lua" "$BASE/" -- "$WORK/versions.txt" \
        | grep '^RESULT' | tee "$OUT/review-warmup.txt" >&2
    okall=$(grep -o ' ok=[0-9]*' "$OUT/review-warmup.txt" | cut -d= -f2)
    : >"$OUT/review-16conn.txt"
    claim_versions "$first" "$count" >"$WORK/versions.txt"
    for i in $(seq 1 "$RUNS"); do
        local v0 v1 line ok
        v0=$(awk '{s += $2} END {print s}' "$WORK/versions.txt")
        line=$(wrk_cpu -t16 -c16 -d"$DURATION" --timeout 10s -s "$HERE/review.lua" "$BASE/" -- "$WORK/versions.txt")
        claim_versions "$first" "$count" >"$WORK/versions.next"
        mv "$WORK/versions.next" "$WORK/versions.txt"
        v1=$(awk '{s += $2} END {print s}' "$WORK/versions.txt")
        ok=$(echo "$line" | grep -o ' ok=[0-9]*' | cut -d= -f2)
        okall=$((okall + ok))
        echo "$line version_increments=$((v1 - v0)) lost_updates=$((ok - (v1 - v0)))" | tee -a "$OUT/review-16conn.txt" >&2
    done
    echo "RESULT rss_mib=$(rss_mib)" >"$OUT/rss-after-review.txt"
    stop
    audit1=$(sql "select count(*) from claim_aud where revtype = 1")
    echo "RESULT accepted_reviews=$okall audit_rows_added=$((audit1 - audit0)) missing_audit_rows=$((okall - (audit1 - audit0)))" \
        | tee "$OUT/review-audit.txt" >&2
    summarise "$OUT/review-16conn.txt"
}

scenario_ingest() {
    start >/dev/null
    python3 - "$REPO/src/main/resources/samples/cnn-putin-north-korea.ar.txt" >"$WORK/ingest-prefix.json" <<'EOF'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
body = json.dumps({"title": "Bench: founding article", "outlet": "CNN Arabic", "language": "ar", "text": text},
                  ensure_ascii=False)
print(body[:body.rindex('"')], end="")  # left open inside "text"; ingest.lua closes it
EOF
    wrk_runs ingest-1conn 1 1 ingest.lua / "$WORK/ingest-prefix.json"
    wrk_runs ingest-4conn 4 4 ingest.lua / "$WORK/ingest-prefix.json"
    echo "RESULT rss_mib=$(rss_mib)" >"$OUT/rss-after-ingest.txt"
    stop
}

scenario_export() {
    start -Xmx256m "-Xlog:gc:file=$WORK/gc-export.log" >/dev/null
    local heavy code
    heavy=$(urlencode "$HEAVY")
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: $BENCH_AUTH" "$BASE/api/report?speaker=$heavy&format=csv")
    if [ "$code" != 200 ]; then
        log "export: GET /api/report answers $code: not measured (pending)"
        stop
        return 0
    fi
    : >"$OUT/export.txt"
    # Warm-up as long as the other scenarios' (BENCH_WARMUP): in a fresh JVM the first exports of this
    # speaker take 5, 2.5, 2 s, the JIT's work, before they settle at 1.5-1.8 s (BENCHMARKS.md)
    local until=$(($(date +%s) + ${WARMUP%s})) warmups=0
    while [ "$(date +%s)" -lt "$until" ]; do
        curl -s -o /dev/null -H "Authorization: $BENCH_AUTH" "$BASE/api/report?speaker=$heavy&format=csv"
        warmups=$((warmups + 1))
    done
    log "export: $warmups warm-up exports"
    for i in $(seq 1 "$RUNS"); do
        local t rows
        t=$(curl -s -o "$WORK/export.csv" -w '%{time_total}' -H "Authorization: $BENCH_AUTH" \
            "$BASE/api/report?speaker=$heavy&format=csv")
        rows=$(python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], encoding="utf-8"))) - 1)' "$WORK/export.csv")
        echo "RESULT rows=$rows seconds=$t rows_per_s=$(python3 -c "print(round($rows / $t))") rss_mib=$(rss_mib)" \
            | tee -a "$OUT/export.txt" >&2
    done
    stop
    # Heap after each full collection (the live data; with the serial collector a young collection that
    # cannot promote shows the old generation's garbage too) during the exports: flat means bounded by
    # the page size, not by the rows
    grep 'Pause Full' "$WORK/gc-export.log" | grep -o '[0-9]*M->[0-9]*M([0-9]*M)' | sed 's/.*->//' | sort -n \
        | tail -n 1 | sed "s/^/max heap after a full GC ($(grep -c 'Pause Full' "$WORK/gc-export.log") of them): /" >&2
    summarise "$OUT/export.txt"
}

scenario_page() {
    local id=${BENCH_PAGE_ARTICLE:-2} code
    start >/dev/null
    curl -s -c "$WORK/cookies.txt" -o /dev/null -d "j_username=admin&j_password=$PASSWORD" "$BASE/j_security_check"
    export BENCH_COOKIE="quarkus-credential=$(awk '$6 == "quarkus-credential" {print $7}' "$WORK/cookies.txt")"
    code=$(curl -s -o "$WORK/page.html" -w '%{http_code}' -H "Cookie: $BENCH_COOKIE" "$BASE/articles/$id")
    if [ "$code" != 200 ]; then
        log "page: GET /articles/$id answers $code: not measured (pending)"
        stop
        return 0
    fi
    log "page: $(wc -c <"$WORK/page.html") bytes"
    local auth=$BENCH_AUTH
    unset BENCH_AUTH # get.lua sends the form-login cookie instead
    wrk_runs page-1conn 1 1 get.lua "/articles/$id"
    export BENCH_AUTH=$auth
    stop
}

scenario_rss() { # RSS after every scenario above in one service life
    start >/dev/null
    export BENCH_THREADS=16
    local heavy
    heavy=$(urlencode "$HEAVY")
    speaker_names
    claim_versions 3 60 >"$WORK/versions.txt"
    wrk -t2 -c16 -d20s -s "$HERE/search.lua" "$BASE/" -- "$WORK/speakers.txt" | grep RESULT >&2
    wrk -t2 -c16 -d20s -s "$HERE/get.lua" "$BASE/api/claims?speaker=$heavy&size=50" | grep RESULT >&2
    wrk -t16 -c16 -d20s -s "$HERE/review.lua" "$BASE/" -- "$WORK/versions.txt" | grep RESULT >&2
    [ -f "$WORK/ingest-prefix.json" ] && wrk -t4 -c4 -d20s -s "$HERE/ingest.lua" "$BASE/" -- "$WORK/ingest-prefix.json" | grep RESULT >&2
    curl -s -o /dev/null -H "Authorization: $BENCH_AUTH" "$BASE/api/report?speaker=$heavy&format=csv" || true
    echo "RESULT rss_mib=$(rss_mib) $(rss_kinds)jvm_opts=${JVM_OPTS// /_}" | tee "$OUT/rss-after-load.txt" >&2
    # with BENCH_JVM_OPTS="... -XX:NativeMemoryTracking=summary", the JVM's own account of what it committed
    "${JAVA_HOME:+$JAVA_HOME/bin/}jcmd" "$(cat "$WORK/service.pid")" VM.native_memory summary \
        >"$OUT/rss-native-memory.txt" 2>&1 || true
    stop
}

for s in "$@"; do
    if [ "$s" = all ]; then
        for x in startup search review ingest export page rss; do "scenario_$x"; done
    else
        "scenario_$s"
    fi
done
