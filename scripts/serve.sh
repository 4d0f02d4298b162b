#!/usr/bin/env bash
# Starts the packaged service (build it first: ./mvnw -B -DskipTests package) with the JVM settings the
# benchmarks were measured with (scripts/jvm.options; docs/OPERATIONS.md, "Memory"): a bounded heap, the
# serial collector, two malloc arenas and giving freed native memory back every second keep it under 400 MiB
# resident after the benchmark load (a JDK 17 older than 17.0.9 ignores the last option). It starts with
# the class-data archive of scripts/appcds.sh, made beside the jar when missing or older than the jar or
# the JDK (one training start of about 20 s after each build): about 2.7 s to ready instead of 3.6 s, with
# the same throughput once warm (BENCHMARKS.md, "Start-up"). QUOTEDESK_CDS=0 starts without it.
# Extra arguments go to the JVM, after the defaults, so they win: scripts/serve.sh -Xmx512m -Dquarkus.http.port=9090
# QUOTEDESK_JVM_OPTS replaces the defaults; QUOTEDESK_APP names another packaged jar (its archive is made
# beside it, for starts with exactly that path).
set -euo pipefail
cd "$(dirname "$0")/.."
app=${QUOTEDESK_APP:-target/quarkus-app/quarkus-run.jar}
[ -f "$app" ] || { echo "no $app: run ./mvnw -B -DskipTests package first" >&2; exit 1; }
read -r -a opts <<<"${QUOTEDESK_JVM_OPTS-$(cat scripts/jvm.options)}"
archive=$(dirname "$app")/app-cds-dynamic.jsa
if [ "${QUOTEDESK_CDS:-1}" = 1 ]; then
    # The JVM ignores an archive made from other jars or by another JDK: make it again when either is newer
    java_bin=$(readlink -f "$(command -v java)")
    failed=$(dirname "$app")/app-cds-dynamic.failed   # a training start that failed for this jar: not again
    if { [ ! -f "$archive" ] || [ "$archive" -ot "$app" ] || [ "$archive" -ot "$java_bin" ]; } \
        && ! { [ -f "$failed" ] && [ "$failed" -nt "$app" ]; }; then
        if scripts/appcds.sh "$app" >&2; then
            rm -f "$failed"
        else
            touch "$failed"
            echo "serve.sh: no class-data archive (see $(dirname "$app")/appcds-training.log; a PostgreSQL build" \
                "needs QUOTEDESK_CDS_DB_URL, a throwaway database for the training start); starting without it" >&2
        fi
    fi
    if [ -f "$archive" ]; then opts+=("-XX:SharedArchiveFile=$archive"); fi
fi
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
exec java "${opts[@]}" "$@" -jar "$app"
