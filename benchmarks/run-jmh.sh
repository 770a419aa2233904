#!/usr/bin/env bash
# JMH micro-benchmarks: audit appends and numbering draws vs raw JDBC inserts on the same Derby
# (AuditBenchmark); CMS sign/verify vs raw BouncyCastle (SignatureBenchmark); full-text search
# over 1,000,000 items vs raw Lucene (SearchBenchmark; builds its indexes into
# benchmarks/target/search-bench-*/ on the first run, a few minutes).
# Usage: benchmarks/run-jmh.sh [benchmark regex] [JMH options, e.g. -wi 1 -i 3]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests -pl benchmarks -am
mvn -B -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile=target/jmh.classpath >/dev/null
# This project's own jars from the reactor's target/, not the local repository: another checkout
# building into the same ~/.m2 must not swap them under a running benchmark.
classpath=""
IFS=: read -ra jars < benchmarks/target/jmh.classpath || true  # the file has no final newline
for jar in "${jars[@]}"; do
  case "$jar" in
    */org/partyoffice/*)
      name=$(basename "$jar")
      own=$(find bundles -path "*/target/$name" -print -quit)
      jar=${own:-$jar} ;;
  esac
  classpath="$classpath:$jar"
done
exec java -cp "benchmarks/target/classes$classpath" org.openjdk.jmh.Main "$@"
