package org.partyoffice.platform.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.platform.api.AuditEntry;
import org.partyoffice.platform.api.AuditQuery;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.AuditVerification;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.Transactions;

/**
 * The hash-chained audit trail. An append locks the single chain-head row, so appends from any
 * number of threads (or processes on a shared database) form one unbroken chain; the head row
 * also lets verification notice removal of the newest entries.
 */
@Component(service = AuditTrail.class)
public final class JdbcAuditTrail implements AuditTrail {

    static final String GENESIS = "0".repeat(64);
    private static final int MAX_DETAIL = 4000;

    private final Transactions tx;
    private final CurrentUser user;

    @Activate
    public JdbcAuditTrail(@Reference Transactions tx, @Reference CurrentUser user) {
        this.tx = tx;
        this.user = user;
    }

    @Override
    public AuditEntry append(String module, String action, String objectId, String detail) {
        requireText(module, "module", 64);
        requireText(action, "action", 64);
        String actor = user.login();
        String object = truncate(objectId, 200);
        String text = truncate(detail, MAX_DETAIL);
        return tx.required(c -> {
            try (PreparedStatement lock = c.prepareStatement(
                    "UPDATE PLATFORM.AUDIT_HEAD SET LAST_SEQ = LAST_SEQ + 1 WHERE ID = 1")) {
                lock.executeUpdate();
            }
            long seq;
            String prev;
            try (PreparedStatement ps = c.prepareStatement("SELECT LAST_SEQ, LAST_HASH FROM PLATFORM.AUDIT_HEAD WHERE ID = 1");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                seq = rs.getLong(1);
                prev = rs.getString(2);
            }
            long at = System.currentTimeMillis();
            String hash = hash(seq, at, actor, module, action, object, text, prev);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO PLATFORM.AUDIT_LOG "
                    + "(SEQ, AT_MILLIS, ACTOR, MODULE, ACTION, OBJECT_ID, DETAIL, PREV_HASH, HASH) VALUES (?,?,?,?,?,?,?,?,?)")) {
                ps.setLong(1, seq);
                ps.setLong(2, at);
                ps.setString(3, actor);
                ps.setString(4, module);
                ps.setString(5, action);
                ps.setString(6, object);
                ps.setString(7, text);
                ps.setString(8, prev);
                ps.setString(9, hash);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE PLATFORM.AUDIT_HEAD SET LAST_HASH = ? WHERE ID = 1")) {
                ps.setString(1, hash);
                ps.executeUpdate();
            }
            return new AuditEntry(seq, Instant.ofEpochMilli(at), actor, module, action, object, text, prev, hash);
        });
    }

    @Override
    public List<AuditEntry> query(AuditQuery q) {
        int limit = q.limit() <= 0 ? 100 : Math.min(q.limit(), 10_000);
        StringBuilder sql = new StringBuilder("SELECT SEQ, AT_MILLIS, ACTOR, MODULE, ACTION, OBJECT_ID, DETAIL, PREV_HASH, HASH "
                + "FROM PLATFORM.AUDIT_LOG WHERE 1=1");
        List<Object> args = new ArrayList<>();
        filter(sql, args, "ACTOR", q.actor());
        filter(sql, args, "MODULE", q.module());
        filter(sql, args, "ACTION", q.action());
        filter(sql, args, "OBJECT_ID", q.objectId());
        if (q.from() != null) {
            sql.append(" AND AT_MILLIS >= ?");
            args.add(q.from().toEpochMilli());
        }
        if (q.to() != null) {
            sql.append(" AND AT_MILLIS < ?");
            args.add(q.to().toEpochMilli());
        }
        sql.append(" ORDER BY SEQ DESC");
        return tx.required(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                ps.setMaxRows(limit);
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                List<AuditEntry> result = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(read(rs));
                    }
                }
                return result;
            }
        });
    }

    @Override
    public AuditVerification verify() {
        return tx.required(this::verify);
    }

    private AuditVerification verify(Connection c) throws SQLException {
        long expectedSeq = 1;
        String prev = GENESIS;
        long checked = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT SEQ, AT_MILLIS, ACTOR, MODULE, ACTION, OBJECT_ID, DETAIL, "
                + "PREV_HASH, HASH FROM PLATFORM.AUDIT_LOG ORDER BY SEQ")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AuditEntry e = read(rs);
                    checked++;
                    if (e.seq() != expectedSeq) {
                        return new AuditVerification(false, checked, expectedSeq,
                                "entry " + expectedSeq + " is missing (next present is " + e.seq() + ")");
                    }
                    if (!e.previousHash().equals(prev)) {
                        return new AuditVerification(false, checked, e.seq(),
                                "entry " + e.seq() + " does not link to the entry before it");
                    }
                    String recomputed = hash(e.seq(), e.at().toEpochMilli(), e.actor(), e.module(), e.action(),
                            e.objectId(), e.detail(), e.previousHash());
                    if (!recomputed.equals(e.hash())) {
                        return new AuditVerification(false, checked, e.seq(),
                                "entry " + e.seq() + " was changed after it was written");
                    }
                    prev = e.hash();
                    expectedSeq++;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT LAST_SEQ, LAST_HASH FROM PLATFORM.AUDIT_HEAD WHERE ID = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            long lastSeq = rs.getLong(1);
            if (lastSeq != expectedSeq - 1 || !rs.getString(2).equals(prev)) {
                return new AuditVerification(false, checked, expectedSeq,
                        "the newest entries were removed: the chain ends at " + (expectedSeq - 1)
                                + " but " + lastSeq + " were written");
            }
        }
        return new AuditVerification(true, checked, -1, null);
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
    }

    private static void filter(StringBuilder sql, List<Object> args, String column, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(" AND ").append(column).append(" = ?");
            args.add(value);
        }
    }

    /** Length-prefixed fields, so no two different entries can produce the same input. */
    static String hash(long seq, long at, String actor, String module, String action, String objectId,
                       String detail, String prev) {
        MessageDigest md = Hashing.sha256();
        StringBuilder sb = new StringBuilder();
        for (String field : new String[] {Long.toString(seq), Long.toString(at), actor, module, action, objectId, detail, prev}) {
            if (field == null) {
                sb.append("-1:");
            } else {
                sb.append(field.length()).append(':').append(field);
            }
            sb.append('|');
        }
        return HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void requireText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be empty");
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
