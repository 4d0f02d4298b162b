#!/usr/bin/env bash
# Starts the packaged service (build it first: ./mvnw -B -DskipTests package) with the JVM settings the
# benchmarks were measured with (scripts/jvm.options; docs/OPERATIONS.md, "Memory"): a bounded heap, the
# serial collector, two malloc arenas and giving freed native memory back every second keep it under 400 MiB
# resident after the benchmark load (a JDK 17 older than 17.0.9 ignores the last option). The
# class-data archive of scripts/appcds.sh is opt-in, QUOTEDESK_CDS=1 (made when missing or older than
# the jar): a start takes 4.3 s instead of 5.6 s, but the service then runs a quarter slower once warm
# (BENCHMARKS.md, "Start-up"), the wrong trade for a service that runs for days. Extra arguments go to the JVM, after
# the defaults, so they win: scripts/serve.sh -Xmx512m -Dquarkus.http.port=9090
# QUOTEDESK_JVM_OPTS replaces the defaults; QUOTEDESK_APP names another packaged jar.
set -euo pipefail
cd "$(dirname "$0")/.."
app=${QUOTEDESK_APP:-target/quarkus-app/quarkus-run.jar}
[ -f "$app" ] || { echo "no $app: run ./mvnw -B -DskipTests package first" >&2; exit 1; }
read -r -a opts <<<"${QUOTEDESK_JVM_OPTS-$(cat scripts/jvm.options)}"
archive=target/quarkus-app/app-cds-dynamic.jsa
if [ "$app" = target/quarkus-app/quarkus-run.jar ] && [ "${QUOTEDESK_CDS:-0}" = 1 ]; then
    # The archive is made for this very jar: after every build the first start makes it again (about
    # 20 s, a start on an in-memory database; ./data is not touched), later starts read it
    if [ ! -f "$archive" ] || [ "$archive" -ot "$app" ]; then
        scripts/appcds.sh >&2 || echo "serve.sh: no class-data archive; starting without it" >&2
    fi
    if [ -f "$archive" ]; then opts+=("-XX:SharedArchiveFile=$archive"); fi
fi
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
exec java "${opts[@]}" "$@" -jar "$app"
