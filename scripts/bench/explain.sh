#!/usr/bin/env bash
# Query plans of the benchmarked statements (scripts/bench/explain.sql) on H2 (service stopped) or PostgreSQL.
# Usage: scripts/bench/explain.sh            H2 database in $BENCH_WORK/data (default /tmp/qd-bench/h2)
#        BENCH_DB=pg BENCH_PG_DB=quotedesk_bench scripts/bench/explain.sh
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${BENCH_WORK:-/tmp/qd-bench/h2}
if [ "${BENCH_DB:-h2}" = pg ]; then
    psql -h 127.0.0.1 -U postgres -d "${BENCH_PG_DB:-quotedesk_bench}" -P pager=off -f "$REPO/scripts/bench/explain.sql"
else
    H2JAR=$(ls "$REPO"/target/quarkus-app/lib/main/com.h2database.h2-*.jar | head -n 1)
    java -cp "$H2JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$WORK/data/quotedesk" -user sa -password '' \
        -script "$REPO/scripts/bench/explain.sql" -showResults
fi
