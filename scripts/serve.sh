#!/usr/bin/env bash
# Starts the packaged service (build it first: ./mvnw -B -DskipTests package) with the JVM settings the
# benchmarks were measured with (scripts/jvm.options; docs/OPERATIONS.md, "Memory"): a bounded heap, the
# serial collector, two malloc arenas and giving freed native memory back every second keep it under 400 MiB
# resident after the benchmark load (a JDK 17 older than 17.0.9 ignores the last option). It starts with
# the start-up cache of scripts/appcds.sh, made beside the jar when missing or stale (one training start of
# 20-40 s after each build): an ahead-of-time cache on JDK 25 or newer, a class-data archive on JDK 17-24
# (BENCHMARKS.md, "Start-up"), with the same throughput once warm. QUOTEDESK_CDS=0 starts without it.
# The JDK is $JAVA_HOME's when set, else java on the PATH: JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 scripts/serve.sh
# Extra arguments go to the JVM, after the defaults, so they win: scripts/serve.sh -Xmx512m -Dquarkus.http.port=9090
# QUOTEDESK_JVM_OPTS replaces the defaults; QUOTEDESK_APP names another packaged jar (its cache is made
# beside it, for starts with exactly that path).
set -euo pipefail
cd "$(dirname "$0")/.."
app=${QUOTEDESK_APP:-target/quarkus-app/quarkus-run.jar}
[ -f "$app" ] || { echo "no $app: run ./mvnw -B -DskipTests package first" >&2; exit 1; }
read -r -a opts <<<"${QUOTEDESK_JVM_OPTS-$(cat scripts/jvm.options)}"
if [ "${QUOTEDESK_CDS:-1}" = 1 ]; then
    cache=$(scripts/appcds.sh --option "$app" "${opts[@]}")
    if [ -n "$cache" ]; then opts+=("$cache"); fi
fi
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" "${opts[@]}" "$@" -jar "$app"
