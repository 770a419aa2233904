package org.partyoffice.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Audit appends and numbering draws per second against the baseline of a plain JDBC insert of
 * the same row into the same Derby database, each committed on its own (the platform's unit of
 * durability).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class AuditBenchmark {

    private DerbyFixture db;
    private long n;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        db = new DerbyFixture();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        db.close();
    }

    @Benchmark
    public long rawJdbcInsert() throws Exception {
        try (Connection c = db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO RAW_LOG (AT_MILLIS, ACTOR, MODULE, ACTION, OBJECT_ID, DETAIL) "
                    + "VALUES (?,?,?,?,?,?)")) {
                ps.setLong(1, System.currentTimeMillis());
                ps.setString(2, "system");
                ps.setString(3, "documents");
                ps.setString(4, "document.promulgate");
                ps.setString(5, Long.toString(++n));
                ps.setString(6, "Nghị quyết số " + n + "-NQ/TU");
                ps.executeUpdate();
            }
            c.commit();
        }
        return n;
    }

    @Benchmark
    public long auditAppend() {
        return db.audit.append("documents", "document.promulgate", Long.toString(++n), "Nghị quyết số " + n + "-NQ/TU").seq();
    }

    @Benchmark
    public long numberingDraw() {
        return db.numbering.next(org.partyoffice.platform.api.SequenceKey.perTerm("outgoing:TU", "NQ", "2025-2030"));
    }
}
