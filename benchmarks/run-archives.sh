#!/usr/bin/env bash
# The archives module: ingest throughput and a 100,000-file fixity sweep, each against sha256sum over
# the same files in the same run (ArchivesBenchmark). Results go to docs/BENCHMARKS.md by hand.
# Usage: benchmarks/run-archives.sh [ingestFiles=300] [fixityFiles=100000, 0: no fixity sweep] [rounds=8]
# Every round prints its ratios and the load average; the summary sums the rounds after the first two.
set -euo pipefail
cd "$(dirname "$0")/.."
# The project's own classes from the reactor's target/, not the shared local repository.
mvn -B -q -pl benchmarks -am compile dependency:build-classpath -Dmdep.outputFile=target/jmh.classpath >/dev/null
exec java -Xmx2g -cp "benchmarks/target/classes:$(cat benchmarks/target/jmh.classpath)" \
  org.partyoffice.benchmarks.ArchivesBenchmark "$@"
