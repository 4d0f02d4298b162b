#!/usr/bin/env bash
# Writes target/quarkus-app/app-cds-dynamic.jsa, a class-data archive (JDK dynamic AppCDS) of the classes
# one start of the packaged service loads until it is ready. Start-up then reads them ready-parsed and
# verified instead of from ~220 jars (BENCHMARKS.md, "Start-up investigation"):
#
#   ./mvnw -B -q -DskipTests package && scripts/appcds.sh
#   java -XX:SharedArchiveFile=target/quarkus-app/app-cds-dynamic.jsa -jar target/quarkus-app/quarkus-run.jar
#
# scripts/serve.sh does both (and makes the archive again when the jar or the JDK is newer). Run it after every
# build, on the JDK that will run the service, and start the service from the repository root with
# exactly `-jar target/quarkus-app/quarkus-run.jar`: the JVM silently ignores an archive whose jars, paths
# (an absolute -jar path counts as different) or JDK differ, and then starts as without it.
# `scripts/appcds.sh /abs/path/quarkus-run.jar` makes the archive beside another copy of the packaged
# service, for starts with exactly that -jar path (the benchmarks use it). The training start uses an in-memory database
# and its own port, so ./data is not touched. A PostgreSQL build (-Dquarkus.profile=pg) cannot use H2: give
# it a throwaway database for the training start, QUOTEDESK_CDS_DB_URL=jdbc:postgresql://host/scratch (its
# tables are made by the migrations; never the service's own database). (Quarkus' own quarkus.package.jar.appcds.enabled archive
# covers only the classes of static init and must be used from inside target/quarkus-app.)
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${1:-target/quarkus-app/quarkus-run.jar}
ARCHIVE=$(dirname "$JAR")/app-cds-dynamic.jsa
PORT=${QUOTEDESK_CDS_PORT:-18181}
LOG=$(dirname "$JAR")/appcds-training.log

[ -f "$JAR" ] || { echo "no $JAR: run ./mvnw package first" >&2; exit 1; }
rm -f "$ARCHIVE"
java -XX:ArchiveClassesAtExit="$ARCHIVE" -Dquarkus.http.port="$PORT" \
    -Dquarkus.datasource.jdbc.url="${QUOTEDESK_CDS_DB_URL:-jdbc:h2:mem:cds-training}" -Dquotedesk.admin.password=cds-training-run \
    -jar "$JAR" >"$LOG" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
    if curl -sf -m 2 "http://127.0.0.1:$PORT/q/health/ready" | grep -q '"UP"'; then
        break
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
        wait "$pid" || true
        rm -f "$ARCHIVE"   # the JVM writes one even when the application failed to start
        grep -m 3 'ERROR' "$LOG" >&2 || tail -n 5 "$LOG" >&2
        exit 1
    fi
    sleep 0.2
done
kill -TERM "$pid"
wait "$pid" || true
trap - EXIT
[ -s "$ARCHIVE" ] || { echo "no archive written; see $LOG" >&2; exit 1; }
echo "wrote $ARCHIVE ($(du -h "$ARCHIVE" | cut -f1))"
