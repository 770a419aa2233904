#!/usr/bin/env bash
# The meetings module: a 1,000 x 100 election count and a year of calendar queries, each against a
# baseline in the same run (MeetingsBenchmark). Results go to docs/BENCHMARKS.md by hand.
# Usage: benchmarks/run-meetings.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# The project's own classes from the reactor's target/, not the shared local repository.
mvn -B -q -pl benchmarks -am compile dependency:build-classpath -Dmdep.outputFile=target/jmh.classpath >/dev/null
exec java -Xmx2g "$@" -cp "benchmarks/target/classes:$(cat benchmarks/target/jmh.classpath)" \
  org.partyoffice.benchmarks.MeetingsBenchmark
