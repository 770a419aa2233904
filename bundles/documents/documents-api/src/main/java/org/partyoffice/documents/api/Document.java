package org.partyoffice.documents.api;

import java.time.Instant;
import java.time.LocalDate;

import org.partyoffice.platform.api.Clearance;

/**
 * A document of an outgoing register, from draft to promulgation.
 *
 * @param id              internal id
 * @param unitId          the issuing unit (for a joint document: the lead body)
 * @param type            type code, e.g. {@code NQ}
 * @param title           the summary (trích yếu), e.g. {@code về chuyển đổi số}
 * @param status          where it is in its life
 * @param classification  Mật / Tối mật / Tuyệt mật, or UNCLASSIFIED
 * @param urgency         Khẩn / Thượng khẩn / Hỏa tốc, or NORMAL
 * @param number          official number, given at promulgation; {@code null} before
 * @param symbol          the full symbol, e.g. {@code 57-NQ/TU}; {@code null} before promulgation
 * @param period          the term or year the number belongs to
 * @param promulgatedOn   date of promulgation
 * @param signerLogin     who signs (chosen at submission)
 * @param signedDigitally true when the signature is a digital one that verifies
 * @param createdBy       the drafter
 * @param createdAt       when the draft was started
 * @param updatedAt       last change
 */
public record Document(long id, long unitId, String type, String title, DocumentStatus status,
                       Clearance classification, Urgency urgency, Long number, String symbol, String period,
                       LocalDate promulgatedOn, String signerLogin, boolean signedDigitally, String createdBy,
                       Instant createdAt, Instant updatedAt) {
}
