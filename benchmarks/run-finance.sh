#!/usr/bin/env bash
# The finance module: postings per second through LedgerService against raw JDBC inserts of the same
# rows, and a trial balance over 1,000,000 postings against the raw GROUP BY, same database, same run
# (FinanceBenchmark). -Dbench.covering=true adds the covering-index experiment at the end.
# Results go to docs/BENCHMARKS.md by hand, with the `uptime` load printed here.
# Usage: benchmarks/run-finance.sh [rounds=10] [entriesPerRound=200] [postings=1000000]
set -euo pipefail
cd "$(dirname "$0")/.."
# The project's own classes from the reactor's target/, not the shared local repository.
mvn -B -o -q -pl benchmarks -am compile dependency:build-classpath -Dmdep.outputFile=target/jmh.classpath >/dev/null
echo "# load before: $(uptime)"
java -Xmx2g ${BENCH_OPTS:-} -cp "benchmarks/target/classes:$(cat benchmarks/target/jmh.classpath)" \
  org.partyoffice.benchmarks.FinanceBenchmark "$@"
echo "# load after: $(uptime)"
