package org.partyoffice.signatures.api;

import org.osgi.annotation.versioning.ProviderType;
import org.partyoffice.platform.api.JobInfo;

/**
 * Batch issuance from a CSV of users (thousands of rows) as a platform job, so progress shows in
 * {@code office:jobs}, {@code /api/jobs/{id}} and the page, and every failed row is explained in
 * the job's report.
 *
 * <p>The CSV is UTF-8 (RFC 4180: fields may be quoted, with commas, newlines and doubled quotes
 * inside) and starts with the header {@code login,profile,unitId,validityDays,csr}:
 * <ul>
 * <li>{@code login}: the holder's account (personal signing certificates);</li>
 * <li>{@code profile}: {@code PERSONAL_SIGNING} (default when empty) or {@code ORGANISATION_SEAL};</li>
 * <li>{@code unitId}: the unit (organisation seals); may be empty for personal certificates;</li>
 * <li>{@code validityDays}: empty or 0 for the CA's default;</li>
 * <li>{@code csr}: an optional PEM PKCS#10 request, quoted with its line breaks or with line breaks
 * written as {@code \n}. With a request the key stays with its holder; without one a key is generated
 * on the server into a soft token protected by the batch's password and <em>kept server-side only</em>
 * (for server-side signing): nothing is downloaded by a batch.</li>
 * </ul>
 * Each row is issued in its own transaction, so a failed row never undoes the others.
 */
@ProviderType
public interface BatchIssuance {

    /** The header every batch CSV starts with. */
    String HEADER = "login,profile,unitId,validityDays,csr";

    /**
     * Checks the caller ({@code admin} or {@code it-admin}), the CSV's syntax and header (an
     * {@code InvalidInputException} on field {@code csv} otherwise), then submits the job
     * "Cấp chứng thư hàng loạt" to the platform's JobService and returns it at once. The job runs as
     * the caller; it reports progress per row, writes one report line per failed row
     * ({@code row 17 (login nguyen.an): holderLogin: account does not exist}) and ends with
     * "N issued, M failed". Cancelling it stops before the next row.
     *
     * @param softTokenPassword the password of soft tokens generated for rows without a {@code csr};
     *                          required (at least 10 characters) only when such rows exist. Copied.
     */
    JobInfo submit(String csv, char[] softTokenPassword);
}
