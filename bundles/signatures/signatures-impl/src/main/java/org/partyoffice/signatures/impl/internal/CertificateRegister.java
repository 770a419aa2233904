package org.partyoffice.signatures.impl.internal;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.partyoffice.signatures.api.CertificateProfile;
import org.partyoffice.signatures.api.CertificateQuery;
import org.partyoffice.signatures.api.CertificateStatus;
import org.partyoffice.signatures.api.RevocationReason;

/**
 * The {@code SIGNATURES} tables, plain JDBC on the caller's connection (the caller runs it inside
 * {@code Transactions}, so a register change and its audit entry commit together). Times are epoch
 * milliseconds and DER is base64 text, which Derby and PostgreSQL store alike.
 */
final class CertificateRegister {

    /** The CA as the database knows it, so a key store from another installation is noticed. */
    record Authority(String rootFingerprint, String issuingFingerprint, X509Certificate root, X509Certificate issuing,
                     String keyStore, Instant createdAt) {
    }

    /** A published CRL; its DER is in the content store under {@code contentHash}. */
    record CrlRow(long number, Instant thisUpdate, Instant nextUpdate, int entries, String contentHash) {
    }

    /** A revoked certificate as the CRL lists it. */
    record Revoked(String serial, Instant at, RevocationReason reason) {
    }

    /** An imported trusted root. */
    record TrustedRoot(String fingerprint, String subject, Instant notAfter, String pem) {
    }

    private static final String COLUMNS = "SERIAL, SUBJECT, HOLDER_LOGIN, UNIT_ID, PROFILE, NOT_BEFORE, NOT_AFTER, "
            + "REVOKED_AT, REVOCATION_REASON, KEY_ON_SERVER, DEVICE_SERIAL, FINGERPRINT, TOKEN_HASH, RENEWS_SERIAL, "
            + "ISSUED_AT, ISSUED_BY, DER_BASE64";
    private static final int MAX_LIMIT = 10_000;

    // --- the authority ---------------------------------------------------------------------------

    Optional<Authority> authority(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ROOT_FINGERPRINT, ISSUING_FINGERPRINT, ROOT_DER_BASE64, "
                + "ISSUING_DER_BASE64, KEY_STORE, CREATED_AT FROM SIGNATURES.AUTHORITY WHERE ID = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Authority(rs.getString(1), rs.getString(2), Crypto.certificate(decode(rs.getString(3))),
                    Crypto.certificate(decode(rs.getString(4))), rs.getString(5), Instant.ofEpochMilli(rs.getLong(6))));
        }
    }

    void insertAuthority(Connection c, X509Certificate root, X509Certificate issuing, String keyStore, Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO SIGNATURES.AUTHORITY (ID, ROOT_FINGERPRINT, "
                + "ISSUING_FINGERPRINT, ROOT_DER_BASE64, ISSUING_DER_BASE64, KEY_STORE, CREATED_AT) VALUES (1,?,?,?,?,?,?)")) {
            ps.setString(1, Crypto.fingerprint(root));
            ps.setString(2, Crypto.fingerprint(issuing));
            ps.setString(3, encode(root));
            ps.setString(4, encode(issuing));
            ps.setString(5, keyStore);
            ps.setLong(6, at.toEpochMilli());
            ps.executeUpdate();
        }
    }

    /**
     * Locks the authority row until the transaction ends: CRL numbers are drawn under this lock,
     * so concurrent revocations (even from several nodes on one database) publish in order.
     */
    void lockAuthority(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE SIGNATURES.AUTHORITY SET KEY_STORE = KEY_STORE WHERE ID = 1")) {
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("the CA is not recorded in SIGNATURES.AUTHORITY");
            }
        }
    }

    // --- certificates ----------------------------------------------------------------------------

    void insert(Connection c, StoredCertificate s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO SIGNATURES.CERTIFICATES (" + COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, s.serial());
            ps.setString(2, s.subject());
            ps.setString(3, s.holderLogin());
            setLong(ps, 4, s.unitId());
            ps.setString(5, s.profile().name());
            ps.setLong(6, s.notBefore().toEpochMilli());
            ps.setLong(7, s.notAfter().toEpochMilli());
            setLong(ps, 8, s.revokedAt() == null ? null : s.revokedAt().toEpochMilli());
            ps.setString(9, s.revocationReason() == null ? null : s.revocationReason().name());
            ps.setBoolean(10, s.keyOnServer());
            ps.setString(11, s.deviceSerial());
            ps.setString(12, s.fingerprint());
            ps.setString(13, s.tokenHash());
            ps.setString(14, s.renewsSerial());
            ps.setLong(15, s.issuedAt().toEpochMilli());
            ps.setString(16, s.issuedBy());
            ps.setString(17, Base64.getEncoder().encodeToString(s.der()));
            ps.executeUpdate();
        }
    }

    Optional<StoredCertificate> find(Connection c, String serial) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM SIGNATURES.CERTIFICATES WHERE SERIAL = ?")) {
            ps.setString(1, serial);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Marks a certificate revoked; 0 when it is unknown or already revoked (the row lock decides races). */
    int revoke(Connection c, String serial, Instant at, RevocationReason reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE SIGNATURES.CERTIFICATES SET REVOKED_AT = ?, "
                + "REVOCATION_REASON = ? WHERE SERIAL = ? AND REVOKED_AT IS NULL")) {
            ps.setLong(1, at.toEpochMilli());
            ps.setString(2, reason.name());
            ps.setString(3, serial);
            return ps.executeUpdate();
        }
    }

    /**
     * Locks a certificate's row until the transaction ends, if it is not revoked; 0 when it is
     * (or unknown). Renewal uses it so a revocation racing the renewal is not overtaken.
     */
    int lockIfNotRevoked(Connection c, String serial) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE SIGNATURES.CERTIFICATES SET REVOKED_AT = NULL "
                + "WHERE SERIAL = ? AND REVOKED_AT IS NULL")) {
            ps.setString(1, serial);
            return ps.executeUpdate();
        }
    }

    /** Every revoked certificate, for the CRL. Expired ones stay listed: archives verify old signatures. */
    List<Revoked> revoked(Connection c) throws SQLException {
        List<Revoked> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT SERIAL, REVOKED_AT, REVOCATION_REASON FROM "
                + "SIGNATURES.CERTIFICATES WHERE REVOKED_AT IS NOT NULL ORDER BY REVOKED_AT, SERIAL")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new Revoked(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)),
                            RevocationReason.valueOf(rs.getString(3))));
                }
            }
        }
        return result;
    }

    /**
     * Certificates matching {@code q}; {@code onlyHolder}, when not {@code null}, restricts the
     * result to that account's certificates whatever the query asks.
     */
    List<StoredCertificate> search(Connection c, CertificateQuery q, String onlyHolder, Instant now) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM SIGNATURES.CERTIFICATES WHERE 1=1");
        List<Object> args = new ArrayList<>();
        if (q.text() != null && !q.text().isBlank()) {
            String like = "%" + escapeLike(q.text().strip().toUpperCase(Locale.ROOT)) + "%";
            sql.append(" AND (UPPER(SUBJECT) LIKE ? ESCAPE '\\' OR UPPER(SERIAL) LIKE ? ESCAPE '\\')");
            args.add(like);
            args.add(like);
        }
        if (onlyHolder != null) {
            sql.append(" AND HOLDER_LOGIN = ?");
            args.add(onlyHolder);
        }
        if (q.holderLogin() != null && !q.holderLogin().isBlank()) {
            sql.append(" AND HOLDER_LOGIN = ?");
            args.add(q.holderLogin().strip());
        }
        if (q.unitId() != null) {
            sql.append(" AND UNIT_ID = ?");
            args.add(q.unitId());
        }
        if (q.profile() != null) {
            sql.append(" AND PROFILE = ?");
            args.add(q.profile().name());
        }
        status(sql, args, q.status(), now);
        sql.append(" ORDER BY ISSUED_AT DESC, SERIAL");
        return list(c, sql.toString(), args, limit(q.limit()));
    }

    /** Valid certificates whose validity ends before {@code until}, soonest first. */
    List<StoredCertificate> expiring(Connection c, Instant now, Instant until, String onlyHolder) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM SIGNATURES.CERTIFICATES "
                + "WHERE REVOKED_AT IS NULL AND NOT_AFTER > ? AND NOT_AFTER <= ?");
        List<Object> args = new ArrayList<>(List.of(now.toEpochMilli(), until.toEpochMilli()));
        if (onlyHolder != null) {
            sql.append(" AND HOLDER_LOGIN = ?");
            args.add(onlyHolder);
        }
        sql.append(" ORDER BY NOT_AFTER, SERIAL");
        return list(c, sql.toString(), args, MAX_LIMIT);
    }

    /**
     * The certificate {@code login} signs with on the server: a valid personal signing certificate
     * whose key the platform holds; the newest when there are several (e.g. after a renewal).
     */
    Optional<StoredCertificate> signingCertificate(Connection c, String login, Instant now) throws SQLException {
        List<StoredCertificate> found = list(c, "SELECT " + COLUMNS + " FROM SIGNATURES.CERTIFICATES WHERE HOLDER_LOGIN = ? "
                        + "AND PROFILE = ? AND KEY_ON_SERVER = TRUE AND TOKEN_HASH IS NOT NULL AND REVOKED_AT IS NULL "
                        + "AND NOT_BEFORE <= ? AND NOT_AFTER > ? ORDER BY NOT_AFTER DESC, ISSUED_AT DESC",
                List.of(login, CertificateProfile.PERSONAL_SIGNING.name(), now.toEpochMilli(), now.toEpochMilli()), 1);
        return found.stream().findFirst();
    }

    /**
     * The organisation seal unit {@code unitId} signs with on the server: a valid seal certificate
     * whose key the platform holds; the newest when there are several.
     */
    Optional<StoredCertificate> sealCertificate(Connection c, long unitId, Instant now) throws SQLException {
        List<StoredCertificate> found = list(c, "SELECT " + COLUMNS + " FROM SIGNATURES.CERTIFICATES WHERE UNIT_ID = ? "
                        + "AND PROFILE = ? AND KEY_ON_SERVER = TRUE AND TOKEN_HASH IS NOT NULL AND REVOKED_AT IS NULL "
                        + "AND NOT_BEFORE <= ? AND NOT_AFTER > ? ORDER BY NOT_AFTER DESC, ISSUED_AT DESC",
                List.of(unitId, CertificateProfile.ORGANISATION_SEAL.name(), now.toEpochMilli(), now.toEpochMilli()), 1);
        return found.stream().findFirst();
    }

    /** Number of certificates issued and, of those, revoked. */
    long[] counts(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), COUNT(REVOKED_AT) FROM SIGNATURES.CERTIFICATES");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    // --- CRLs ------------------------------------------------------------------------------------

    Optional<CrlRow> latestCrl(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT CRL_NUMBER, THIS_UPDATE, NEXT_UPDATE, ENTRIES, CONTENT_HASH "
                + "FROM SIGNATURES.CRLS ORDER BY CRL_NUMBER DESC")) {
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new CrlRow(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)),
                        Instant.ofEpochMilli(rs.getLong(3)), rs.getInt(4), rs.getString(5)));
            }
        }
    }

    void insertCrl(Connection c, CrlRow row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO SIGNATURES.CRLS (CRL_NUMBER, THIS_UPDATE, NEXT_UPDATE, "
                + "ENTRIES, CONTENT_HASH) VALUES (?,?,?,?,?)")) {
            ps.setLong(1, row.number());
            ps.setLong(2, row.thisUpdate().toEpochMilli());
            ps.setLong(3, row.nextUpdate().toEpochMilli());
            ps.setInt(4, row.entries());
            ps.setString(5, row.contentHash());
            ps.executeUpdate();
        }
    }

    // --- trusted roots ---------------------------------------------------------------------------

    boolean rootExists(Connection c, String fingerprint) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM SIGNATURES.TRUSTED_ROOTS WHERE FINGERPRINT = ?")) {
            ps.setString(1, fingerprint);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    void insertRoot(Connection c, TrustedRoot root, String by, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO SIGNATURES.TRUSTED_ROOTS (FINGERPRINT, SUBJECT, "
                + "NOT_AFTER, PEM, IMPORTED_AT, IMPORTED_BY) VALUES (?,?,?,?,?,?)")) {
            ps.setString(1, root.fingerprint());
            ps.setString(2, root.subject());
            ps.setLong(3, root.notAfter().toEpochMilli());
            ps.setString(4, root.pem());
            ps.setLong(5, at.toEpochMilli());
            ps.setString(6, by);
            ps.executeUpdate();
        }
    }

    /** Imported roots, oldest import first. */
    List<TrustedRoot> roots(Connection c) throws SQLException {
        List<TrustedRoot> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT FINGERPRINT, SUBJECT, NOT_AFTER, PEM FROM "
                + "SIGNATURES.TRUSTED_ROOTS ORDER BY IMPORTED_AT, FINGERPRINT");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(new TrustedRoot(rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
                        rs.getString(4)));
            }
        }
        return result;
    }

    /** Fingerprints of the imported roots: cheap to compare with a cached set. */
    List<String> rootFingerprints(Connection c) throws SQLException {
        List<String> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT FINGERPRINT FROM SIGNATURES.TRUSTED_ROOTS ORDER BY IMPORTED_AT, "
                + "FINGERPRINT");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static void status(StringBuilder sql, List<Object> args, CertificateStatus status, Instant now) {
        if (status == null) {
            return;
        }
        switch (status) {
            case REVOKED -> sql.append(" AND REVOKED_AT IS NOT NULL");
            case VALID -> {
                sql.append(" AND REVOKED_AT IS NULL AND NOT_AFTER > ?");
                args.add(now.toEpochMilli());
            }
            case EXPIRED -> {
                sql.append(" AND REVOKED_AT IS NULL AND NOT_AFTER <= ?");
                args.add(now.toEpochMilli());
            }
        }
    }

    private static List<StoredCertificate> list(Connection c, String sql, List<Object> args, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setMaxRows(limit);
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            List<StoredCertificate> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(read(rs));
                }
            }
            return result;
        }
    }

    private static StoredCertificate read(ResultSet rs) throws SQLException {
        long unit = rs.getLong(4);
        Long unitId = rs.wasNull() ? null : unit;
        long revoked = rs.getLong(8);
        Instant revokedAt = rs.wasNull() ? null : Instant.ofEpochMilli(revoked);
        String reason = rs.getString(9);
        return new StoredCertificate(rs.getString(1), rs.getString(2), rs.getString(3), unitId,
                CertificateProfile.valueOf(rs.getString(5)), Instant.ofEpochMilli(rs.getLong(6)),
                Instant.ofEpochMilli(rs.getLong(7)), revokedAt, reason == null ? null : RevocationReason.valueOf(reason),
                rs.getBoolean(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                Instant.ofEpochMilli(rs.getLong(15)), rs.getString(16), decode(rs.getString(17)));
    }

    static int limit(int requested) {
        return requested <= 0 ? 100 : Math.min(requested, MAX_LIMIT);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static String encode(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode a certificate", e);
        }
    }

    private static byte[] decode(String base64) {
        return Base64.getDecoder().decode(base64);
    }
}
