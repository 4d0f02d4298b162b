#!/usr/bin/env bash
# The start-up cache of the packaged service: class data the JVM maps at start instead of reading,
# parsing and verifying ~16,000 classes from ~220 jars (BENCHMARKS.md, "Start-up").
#
#   scripts/appcds.sh [JAR] [JVM options]           make the cache beside JAR (default target/quarkus-app/quarkus-run.jar)
#   scripts/appcds.sh --option [JAR] [JVM options]  make it only when missing or stale, then print the JVM option
#                                                   that uses it (nothing when there is none); scripts/serve.sh and
#                                                   scripts/bench/run.sh start with that
#
# Which cache depends on the JDK that runs it (${JAVA_HOME}/bin/java, else java on the PATH):
# - JDK 25 or newer: an ahead-of-time cache, app.aot (JEP 483/514/515: classes loaded and linked, and the
#   training start's method profiles), used with -XX:AOTCache;
# - JDK 17 to 24: a dynamic class-data archive, app-cds-dynamic.jsa (AppCDS), used with -XX:SharedArchiveFile.
# Either is made by one training start of about 20-40 s: the service on a throwaway database (a file H2
# database in a temporary folder; a PostgreSQL build needs QUOTEDESK_CDS_DB_URL=jdbc:postgresql://host/scratch,
# never the service's own database) and its own port, a few requests (the founding sample ingested, lists,
# a search, an article, its CSV and Markdown reports, the sign-in page), then a normal stop.
#
# The JVM ignores a cache made from other jars, another -jar path (an absolute path counts as different)
# or another JDK. So the cache is made again when a jar of the application or the JDK is newer than it, or
# when another JDK made it; start with exactly the same `-jar` path. The JVM options given are those the
# service will run with (the collector and heap size must match for the JDK 25 cache to be used whole).
# The packaging is Quarkus' aot-jar (application.properties): every class comes from the class path, which
# both caches hold whole (a custom class loader's classes are left out of the JDK 25 cache).
set -euo pipefail
cd "$(dirname "$0")/.."

option_only=false
if [ "${1:-}" = --option ]; then option_only=true; shift; fi
JAR=${1:-target/quarkus-app/quarkus-run.jar}
[ $# -gt 0 ] && shift
JVM_OPTS=("$@")
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
DIR=$(dirname "$JAR")
[ -f "$JAR" ] || { echo "no $JAR: run ./mvnw -B -DskipTests package first" >&2; exit 1; }

java_id=$(readlink -f "$(command -v "$JAVA")")
# The JDK's feature release, from its release file (no JVM start); -XX:AOTCacheOutput came with JDK 25
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$(dirname "$(dirname "$java_id")")/release" 2>/dev/null || true)
if [ -z "$feature" ]; then
    feature=$("$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput ' && echo 25 || echo 17)
fi
if [ "$feature" -ge 25 ]; then
    CACHE=$DIR/app.aot
    MAKE=(-XX:AOTCacheOutput="$CACHE")
    USE=-XX:AOTCache="$CACHE"
else
    CACHE=$DIR/app-cds-dynamic.jsa
    MAKE=(-XX:ArchiveClassesAtExit="$CACHE")
    USE=-XX:SharedArchiveFile="$CACHE"
fi
MADE_BY=$CACHE.java            # which JDK made it
FAILED=$CACHE.failed           # a training start that failed for these jars: not tried again

stale() {
    [ -f "$CACHE" ] && [ -f "$MADE_BY" ] && [ "$(cat "$MADE_BY")" = "$java_id" ] || return 0
    [ "$CACHE" -ot "$java_id" ] && return 0
    [ -n "$(find "$DIR" -name '*.jar' -newer "$CACHE" -print -quit)" ]
}

if $option_only; then
    if stale; then
        if [ -f "$FAILED" ] && [ -z "$(find "$DIR" -name '*.jar' -newer "$FAILED" -print -quit)" ]; then
            exit 0
        fi
        if ! "$0" "$JAR" "${JVM_OPTS[@]}" >&2; then
            touch "$FAILED"
            echo "appcds.sh: no start-up cache (see $DIR/appcds-training.log; a PostgreSQL build needs" \
                "QUOTEDESK_CDS_DB_URL, a throwaway database for the training start); starting without it" >&2
            exit 0
        fi
    fi
    echo "$USE"
    exit 0
fi

PORT=${QUOTEDESK_CDS_PORT:-18181}
LOG=$DIR/appcds-training.log
SCRATCH=$(mktemp -d /tmp/quotedesk-training.XXXXXX)
rm -f "$CACHE" "$MADE_BY" "$FAILED"
"$JAVA" "${JVM_OPTS[@]}" "${MAKE[@]}" -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1 \
    -Dquarkus.datasource.jdbc.url="${QUOTEDESK_CDS_DB_URL:-jdbc:h2:file:$SCRATCH/training}" \
    -Dquotedesk.admin.password=cds-training-run -jar "$JAR" >"$LOG" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$SCRATCH"' EXIT
base=http://127.0.0.1:$PORT
for _ in $(seq 1 600); do
    if curl -sf -m 2 "$base/q/health/ready" | grep -q '"UP"'; then
        break
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
        wait "$pid" || true
        rm -f "$CACHE"   # the JVM writes one even when the application failed to start
        grep -m 3 'ERROR' "$LOG" >&2 || tail -n 5 "$LOG" >&2
        exit 1
    fi
    sleep 0.2
done

# The requests every working day starts with, so that their classes (and, on JDK 25, their profiles) are in
# the cache; none of them is needed for the cache to be valid
get() { curl -s -o /dev/null -m 30 -u admin:cds-training-run "$base$1" || true; }
article=$(curl -s -m 60 -u admin:cds-training-run -X POST "$base/api/articles/sample" \
    | grep -o '"id" *: *[0-9]*' | head -n 1 | grep -o '[0-9]*$' || true)
speaker=$(curl -s -m 30 -u admin:cds-training-run "$base/api/speakers" \
    | grep -o '"name" *: *"[^"]*"' | head -n 1 | sed 's/.*: *"//; s/"$//' || true)
for _ in 1 2 3; do
    get /q/health/ready
    get /api/articles
    get /api/speakers
    get "/api/claims?speaker=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$speaker")&size=50"
    if [ -n "$article" ]; then
        get "/api/articles/$article"
        get "/api/articles/$article/claims"
        get "/api/articles/$article/report?format=csv"
        get "/api/articles/$article/report?format=md"
    fi
    get /login
done

kill -TERM "$pid"
wait "$pid" || true   # the cache is written as the JVM exits
trap - EXIT
rm -rf "$SCRATCH"
[ -s "$CACHE" ] || { echo "no start-up cache written; see $LOG" >&2; exit 1; }
echo "$java_id" >"$MADE_BY"
echo "wrote $CACHE ($(du -h "$CACHE" | cut -f1), $("$JAVA" -version 2>&1 | head -n 1))"
