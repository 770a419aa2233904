package org.partyoffice.signatures.impl.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.JobContext;
import org.partyoffice.platform.api.JobInfo;
import org.partyoffice.platform.api.JobService;
import org.partyoffice.platform.api.OfficeException;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.signatures.api.BatchIssuance;
import org.partyoffice.signatures.api.CertificateAuthority;
import org.partyoffice.signatures.api.CertificateProfile;
import org.partyoffice.signatures.api.IssueRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Batch issuance: parses and checks the whole CSV before anything is submitted, then issues row
 * by row through the {@link CertificateAuthority}, so every row is its own transaction and audited
 * like a single issuance.
 */
@Component(service = BatchIssuance.class)
public final class BatchIssuanceService implements BatchIssuance {

    /** Most data rows one batch accepts. */
    static final int MAX_ROWS = 20_000;
    static final String TITLE = "Cấp chứng thư hàng loạt";
    private static final List<String> COLUMNS = List.of(HEADER.split(","));
    private static final Logger LOG = LoggerFactory.getLogger(BatchIssuanceService.class);

    private final CertificateAuthority ca;
    private final JobService jobs;
    private final CurrentUser user;

    @Activate
    public BatchIssuanceService(@Reference CertificateAuthority ca, @Reference JobService jobs,
                                @Reference CurrentUser user) {
        this.ca = ca;
        this.jobs = jobs;
        this.user = user;
    }

    @Override
    public JobInfo submit(String csv, char[] softTokenPassword) {
        user.requireAnyRole(Roles.ADMIN, Roles.IT_ADMIN);
        if (csv == null || csv.isBlank()) {
            throw new InvalidInputException("csv", "must not be empty");
        }
        List<Csv.Row> rows = Csv.parse(csv, "csv", MAX_ROWS + 1);
        List<String> header = rows.get(0).fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (!header.equals(COLUMNS.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList())) {
            throw new InvalidInputException("csv", "the first row must be the header '" + HEADER + "'",
                    String.join(",", rows.get(0).fields()));
        }
        List<Csv.Row> data = rows.subList(1, rows.size());
        if (data.isEmpty()) {
            throw new InvalidInputException("csv", "has a header but no rows");
        }
        boolean softTokens = data.stream().anyMatch(r -> r.fields().size() == COLUMNS.size() && r.fields().get(4).isBlank());
        char[] password = softTokenPassword == null ? null : softTokenPassword.clone();
        if (softTokens) {
            checkPassword(password);
        }
        List<Csv.Row> work = List.copyOf(data);
        return jobs.submit(CaService.MODULE, TITLE + " (" + work.size() + " dòng)", context -> {
            try {
                return run(work, password, context);
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
        });
    }

    private String run(List<Csv.Row> rows, char[] password, JobContext context) {
        int total = rows.size();
        int issued = 0;
        int failed = 0;
        int done = 0;
        context.progress(0, total, "starting");
        for (Csv.Row row : rows) {
            if (context.cancelled()) {
                String message = issued + " issued, " + failed + " failed; cancelled after " + done + " of " + total + " rows";
                context.progress(done, total, message);
                return message;
            }
            String login = row.fields().isEmpty() ? "" : row.fields().get(0).strip();
            try {
                issue(row, password);
                issued++;
            } catch (OfficeException e) {
                failed++;
                context.report(describe(row, login) + ": " + reason(e));
            } catch (RuntimeException e) {
                failed++;
                LOG.warn("Batch issuance: row {} failed unexpectedly", row.number(), e);
                context.report(describe(row, login) + ": unexpected error (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
            }
            done++;
            context.progress(done, total, issued + " issued, " + failed + " failed");
        }
        return issued + " issued, " + failed + " failed";
    }

    private void issue(Csv.Row row, char[] password) {
        List<String> f = row.fields();
        if (f.size() != COLUMNS.size()) {
            throw new InvalidInputException("csv", "expected " + COLUMNS.size() + " fields (" + HEADER + "), found " + f.size());
        }
        String login = f.get(0).strip();
        CertificateProfile profile = profile(f.get(1).strip());
        Long unitId = number(f.get(2).strip(), "unitId");
        Long days = number(f.get(3).strip(), "validityDays");
        if (days != null && (days < 0 || days > Integer.MAX_VALUE)) {
            throw new InvalidInputException("validityDays", "must be between 0 and " + CaService.MAX_VALIDITY_DAYS, days);
        }
        IssueRequest request = new IssueRequest(profile, login.isEmpty() ? null : login, unitId,
                days == null ? 0 : days.intValue(), null);
        String csr = f.get(4).strip();
        if (csr.isEmpty()) {
            ca.issueSoftToken(request, password);
        } else {
            ca.enrol(csr.replace("\\n", "\n"), request);
        }
    }

    /** The exception's message, starting with the field it concerns ("holderLogin: account ... does not exist"). */
    private static String reason(OfficeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String field = e.field();
        return field == null || message.startsWith(field + ":") ? message : field + ": " + message;
    }

    private static String describe(Csv.Row row, String login) {
        return "row " + row.number() + (login.isEmpty() ? "" : " (login " + login + ")");
    }

    private static CertificateProfile profile(String value) {
        if (value.isEmpty()) {
            return CertificateProfile.PERSONAL_SIGNING;
        }
        try {
            return CertificateProfile.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("profile", "must be one of " + Arrays.toString(CertificateProfile.values()), value);
        }
    }

    private static Long number(String value, String field) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number", value);
        }
    }

    private static void checkPassword(char[] password) {
        if (password == null || password.length < CaService.MIN_TOKEN_PASSWORD) {
            throw new InvalidInputException("password", "rows without a csr get a soft token; its password must be at least "
                    + CaService.MIN_TOKEN_PASSWORD + " characters");
        }
        for (char ch : password) {
            if (ch < 0x20 || ch > 0x7e) {
                throw new InvalidInputException("password", "must use only unaccented letters, digits, spaces and ASCII symbols");
            }
        }
    }
}
