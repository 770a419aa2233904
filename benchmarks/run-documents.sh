#!/usr/bin/env bash
# The documents module at 1,000,000 documents: lookup by symbol and drafts per second, each against
# raw JDBC on the same Derby database (DocumentsBenchmark). Results go to docs/BENCHMARKS.md by hand.
# Usage: benchmarks/run-documents.sh [-Ddocs.count=1000000 -Ddocs.lookups=20000 -Dbench.seconds=10]
set -euo pipefail
cd "$(dirname "$0")/.."
# The project's own classes from the reactor's target/, not the shared local repository.
mvn -B -q -pl benchmarks -am compile dependency:build-classpath -Dmdep.outputFile=target/jmh.classpath >/dev/null
exec java -Xmx2g "$@" -cp "benchmarks/target/classes:$(cat benchmarks/target/jmh.classpath)" \
  org.partyoffice.benchmarks.DocumentsBenchmark
