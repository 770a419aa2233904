#!/usr/bin/env bash
# JMH micro-benchmarks: audit appends and numbering draws vs raw JDBC inserts on the same Derby
# (AuditBenchmark); CMS sign/verify vs raw BouncyCastle (SignatureBenchmark); full-text search
# over 1,000,000 items vs raw Lucene (SearchBenchmark; builds its indexes into
# benchmarks/target/search-bench-*/ on the first run, a few minutes); archive search over
# 1,000,000 archive items through ArchiveService.search vs raw Lucene (ArchiveSearchBenchmark; its
# Derby database and indexes are built into benchmarks/target/archive-search-*/ on the first run).
# Usage: benchmarks/run-jmh.sh [benchmark regex] [JMH options, e.g. -wi 1 -i 3]
set -euo pipefail
cd "$(dirname "$0")/.."
# The class path points at the reactor's target/classes, not at the local repository: several
# worktrees on one machine share ~/.m2, and an install from another branch would otherwise be what
# gets measured.
mvn -B -q -pl benchmarks -am compile dependency:build-classpath -Dmdep.outputFile=target/jmh.classpath >/dev/null
exec java -cp "benchmarks/target/classes:$(cat benchmarks/target/jmh.classpath)" org.openjdk.jmh.Main "$@"
