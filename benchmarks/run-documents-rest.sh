#!/usr/bin/env bash
# Drafts created per second over REST (the real distribution, started on 127.0.0.1 with free ports and
# stopped afterwards) against raw JDBC inserts on the same Derby database, in the same run
# (DocumentsRestBenchmark). Results go to docs/BENCHMARKS.md by hand.
# Usage: benchmarks/run-documents-rest.sh [-Dbench.seconds=15 -Dbench.rounds=2 -Dbench.threads=1]
set -euo pipefail
cd "$(dirname "$0")/.."
# The distribution and the project's classes from this worktree's target/ folders (package, never
# install: the local repository is shared).
mvn -B -q package -DskipTests -pl karaf-assembly -am >/dev/null
mvn -B -q -pl benchmarks -am compile dependency:build-classpath -Dmdep.outputFile=target/jmh.classpath >/dev/null
tarball=$(ls -t karaf-assembly/target/karaf-assembly-*.tar.gz | head -n 1)
export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
exec java -Xmx512m -Ddist.tarball="$tarball" "$@" -cp "benchmarks/target/classes:$(cat benchmarks/target/jmh.classpath)" \
  org.partyoffice.benchmarks.DocumentsRestBenchmark
