package org.partyoffice.documents.impl.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.partyoffice.documents.api.Attachment;
import org.partyoffice.documents.api.Document;
import org.partyoffice.documents.api.DocumentEvents;
import org.partyoffice.documents.api.DocumentStatus;
import org.partyoffice.documents.api.NewDraft;
import org.partyoffice.documents.api.RelationKind;
import org.partyoffice.documents.api.ReviewDecision;
import org.partyoffice.documents.api.TimelineEntry;
import org.partyoffice.documents.api.Urgency;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.AuditQuery;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.RecordSource;
import org.partyoffice.signatures.api.PdfSignatureOptions;
import org.partyoffice.signatures.api.SignatureService;
import org.partyoffice.signatures.api.VerificationReport;

class DocumentLifecycleTest extends OfficeTest {


    @Test
    void aDraftGoesThroughReviewSigningOnPaperAndPromulgationWithItsNumber() throws Exception {
        Document d = f.as(Fixture.CLERK, () -> f.documents.createDraft(new NewDraft(f.province.id(), "NQ",
                "về chuyển đổi số trong các cơ quan Đảng", Clearance.UNCLASSIFIED, Urgency.KHAN)));
        assertEquals(DocumentStatus.DRAFT, d.status());
        assertNull(d.number(), "no number at draft");
        assertNull(d.symbol());
        f.as(Fixture.CLERK, () -> f.documents.addVersion(d.id(), Drafts.text("Nghị quyết về chuyển đổi số"), "bản đầu"));

        f.as(Fixture.CLERK, () -> f.documents.requestReview(d.id(), List.of(Fixture.SECRETARY)));
        ConflictException pending = assertThrows(ConflictException.class,
                () -> f.as(Fixture.CLERK, () -> f.documents.submit(d.id(), Fixture.SIGNER)));
        assertEquals("reviews", pending.field());
        f.as(Fixture.SECRETARY, () -> f.documents.review(d.id(), ReviewDecision.CHANGES_REQUESTED, "Bổ sung mục tiêu"));
        // A new version sends the reviewer back to look again.
        f.as(Fixture.CLERK, () -> f.documents.addVersion(d.id(), Drafts.text("Nghị quyết, bản sửa"), "bổ sung mục tiêu"));
        assertEquals(ReviewDecision.PENDING, f.as(Fixture.CLERK, () -> f.documents.reviews(d.id())).get(0).decision());
        f.as(Fixture.SECRETARY, () -> f.documents.review(d.id(), ReviewDecision.APPROVED, "Đồng ý"));

        Document submitted = f.as(Fixture.CLERK, () -> f.documents.submit(d.id(), Fixture.SIGNER));
        assertEquals(DocumentStatus.SUBMITTED, submitted.status());
        assertEquals(Fixture.SIGNER, submitted.signerLogin());
        assertFalse(f.documents.digitalSigningAvailable());
        ConflictException unavailable = assertThrows(ConflictException.class,
                () -> f.as(Fixture.SIGNER, () -> f.documents.signDigitally(d.id(), "khoa".toCharArray())));
        assertEquals("signing", unavailable.field());
        assertTrue(unavailable.getMessage().contains("not installed"));

        Document signed = f.as(Fixture.SIGNER, () -> f.documents.signOnPaper(d.id(), Drafts.pdf()));
        assertEquals(DocumentStatus.SIGNED, signed.status());
        assertFalse(signed.signedDigitally());

        Document out = f.as(Fixture.CLERK, () -> f.documents.promulgate(d.id(), LocalDate.of(2026, 3, 2)));
        assertEquals(DocumentStatus.PROMULGATED, out.status());
        assertEquals(1L, out.number());
        assertEquals("01-NQ/TU", out.symbol());
        assertEquals("2025-2030", out.period());
        assertEquals(LocalDate.of(2026, 3, 2), out.promulgatedOn());
        assertEquals(out, f.as(Fixture.VIEWER, () -> f.documents.findBySymbol("01-NQ/TU", "2025-2030")).orElseThrow());

        List<String> steps = f.as(Fixture.CLERK, () -> f.documents.timeline(d.id())).stream().map(TimelineEntry::action).toList();
        assertEquals(List.of("created", "version.added", "review.requested", "review.changes", "version.added",
                "review.approved", "submitted", "version.added", "signed", "promulgated"), steps);
        assertTrue(f.posted.topics.containsAll(List.of(DocumentEvents.SUBMITTED, DocumentEvents.SIGNED,
                DocumentEvents.PROMULGATED)));
        assertEquals(3, f.as(Fixture.CLERK, () -> f.documents.versions(d.id())).size());
        try (InputStream in = f.as(Fixture.CLERK, () -> f.documents.open(d.id(), 2))) {
            assertEquals("Nghị quyết, bản sửa", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue(f.asAdmin(() -> f.audit.query(new AuditQuery(null, "documents", null, null, null, null, 100))).stream()
                .anyMatch(e -> e.action().equals("document.promulgate") && e.detail().equals("01-NQ/TU")));
    }

    @Test
    void aPromulgatedDocumentNoLongerChangesAndCancellingKeepsItsNumber() {
        Document first = drafts.promulgated("QĐ", "về thành lập Ban Chỉ đạo", Clearance.UNCLASSIFIED);
        ConflictException frozen = assertThrows(ConflictException.class, () -> f.as(Fixture.CLERK,
                () -> f.documents.addVersion(first.id(), Drafts.text("sửa sau ban hành"), null)));
        assertEquals("status", frozen.field());
        assertTrue(frozen.getMessage().contains("PROMULGATED"));
        Document cancelled = f.as(Fixture.CLERK, () -> f.documents.cancel(first.id(), "Ban hành nhầm"));
        assertEquals(DocumentStatus.CANCELLED, cancelled.status());
        assertEquals("01-QĐ/TU", cancelled.symbol());
        Document second = drafts.promulgated("QĐ", "về thành lập Ban Chỉ đạo (thay thế)", Clearance.UNCLASSIFIED);
        assertEquals("02-QĐ/TU", second.symbol(), "a cancelled document's number is never given again");
        f.as(Fixture.CLERK, () -> f.documents.relate(second.id(), RelationKind.REPLACES, first.id()));
        assertEquals(1, f.as(Fixture.VIEWER, () -> f.documents.relations(first.id())).size());
        assertThrows(InvalidInputException.class, () -> f.as(Fixture.CLERK, () -> f.documents.cancel(second.id(), " ")));
    }

    @Test
    void rulesNameTheFieldTheyBreak() {
        assertEquals("type", assertThrows(InvalidInputException.class, () -> f.as(Fixture.CLERK,
                () -> f.documents.createDraft(new NewDraft(f.province.id(), "XYZ", "tiêu đề", null, null)))).field());
        assertEquals("title", assertThrows(InvalidInputException.class, () -> f.as(Fixture.CLERK,
                () -> f.documents.createDraft(new NewDraft(f.province.id(), "NQ", "  ", null, null)))).field());
        assertEquals("unitId", assertThrows(EntityNotFoundException.class, () -> f.as(Fixture.CLERK,
                () -> f.documents.createDraft(new NewDraft(999_999, "NQ", "tiêu đề", null, null)))).field());
        assertEquals("classification", assertThrows(InvalidInputException.class, () -> f.as(Fixture.SECRETARY,
                () -> f.documents.createDraft(new NewDraft(f.province.id(), "NQ", "tiêu đề", Clearance.TUYET_MAT, null))))
                .field(), "a secretary cleared for Tối mật cannot write a Tuyệt mật draft");
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.VIEWER,
                () -> f.documents.createDraft(new NewDraft(f.province.id(), "NQ", "tiêu đề", null, null))));
        assertThrows(AccessDeniedException.class, () -> f.as("ngoai.tinh",
                () -> f.documents.createDraft(new NewDraft(f.province.id(), "NQ", "tiêu đề", null, null))),
                "another province's clerk does not draft for this one");

        Document d = f.as(Fixture.CLERK, () -> f.documents.createDraft(new NewDraft(f.province.id(), "CT", "tiêu đề", null, null)));
        assertEquals("versions", assertThrows(ConflictException.class,
                () -> f.as(Fixture.CLERK, () -> f.documents.submit(d.id(), Fixture.SIGNER))).field());
        assertEquals("file", assertThrows(InvalidInputException.class, () -> f.as(Fixture.CLERK,
                () -> f.documents.addVersion(d.id(), new Attachment("a.pdf", "application/pdf",
                        "không phải PDF".getBytes(StandardCharsets.UTF_8)), null))).field());
        assertEquals("mediaType", assertThrows(InvalidInputException.class, () -> f.as(Fixture.CLERK,
                () -> f.documents.addVersion(d.id(), new Attachment("a.exe", "application/x-msdownload", new byte[] {1}), null)))
                .field());
        assertEquals("file", assertThrows(InvalidInputException.class, () -> f.as(Fixture.CLERK,
                () -> f.documents.addVersion(d.id(), new Attachment("big.txt", "text/plain", new byte[2 * 1024 * 1024]), null)))
                .field(), "larger than the configured 1 MB");
        f.as(Fixture.CLERK, () -> f.documents.addVersion(d.id(), Drafts.text("nội dung"), null));
        assertEquals("signerLogin", assertThrows(InvalidInputException.class,
                () -> f.as(Fixture.CLERK, () -> f.documents.submit(d.id(), Fixture.SECRETARY))).field(),
                "the secretary does not have the signer role");
        assertEquals("status", assertThrows(ConflictException.class,
                () -> f.as(Fixture.CLERK, () -> f.documents.promulgate(d.id(), null))).field(), "not signed yet");
        f.as(Fixture.CLERK, () -> f.documents.submit(d.id(), Fixture.SIGNER));
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.SECRETARY,
                () -> f.documents.signOnPaper(d.id(), Drafts.pdf())), "only the signer or the clerk records a paper signature");
        assertThrows(EntityNotFoundException.class, () -> f.as(Fixture.CLERK, () -> f.documents.get(424242)));
    }

    @Test
    void aUnitWithoutARegisterOrDefaultIsToldToConfigureOne() {
        Document d = f.as(Fixture.CLERK, () -> f.documents.createDraft(new NewDraft(f.office.id(), "CV", "về lịch công tác",
                null, null)));
        f.as(Fixture.CLERK, () -> f.documents.addVersion(d.id(), Drafts.text("Công văn"), null));
        f.as(Fixture.CLERK, () -> f.documents.submit(d.id(), Fixture.SIGNER));
        f.as(Fixture.SIGNER, () -> f.documents.signOnPaper(d.id(), Drafts.pdf()));
        ConflictException none = assertThrows(ConflictException.class, () -> f.as(Fixture.CLERK,
                () -> f.documents.promulgate(d.id(), null)));
        assertEquals("register", none.field());
        assertEquals(DocumentStatus.SIGNED, f.as(Fixture.CLERK, () -> f.documents.get(d.id())).status(), "nothing half-done");
        f.asAdmin(() -> f.registers.saveRegister(new org.partyoffice.documents.api.Register(f.office.id(), "VPTU",
                org.partyoffice.documents.api.NumberingPolicy.YEAR, "2025-2030")));
        Document out = f.as(Fixture.CLERK, () -> f.documents.promulgate(d.id(), null));
        assertEquals("01-CV/VPTU", out.symbol());
        assertEquals("2026", out.period(), "a per-year register numbers by calendar year");
    }

    @Test
    void digitalSigningGoesThroughTheSignatureServiceWhenItIsThere() {
        byte[] marker = "\n% signed by the test signature service\n".getBytes(StandardCharsets.US_ASCII);
        f.documents.bindSignatures(new SignatureService() {
            @Override
            public byte[] signPdf(byte[] pdf, char[] password, PdfSignatureOptions options) {
                if (!"đúng".equals(new String(password))) {
                    throw new InvalidInputException("keyPassword", "is wrong");
                }
                byte[] out = java.util.Arrays.copyOf(pdf, pdf.length + marker.length);
                System.arraycopy(marker, 0, out, pdf.length, marker.length);
                return out;
            }

            @Override
            public byte[] signCms(byte[] content, char[] password) {
                throw new UnsupportedOperationException();
            }

            @Override
            public VerificationReport verifyCms(byte[] content, byte[] signature) {
                throw new UnsupportedOperationException();
            }

            @Override
            public byte[] signPdfAsSeal(byte[] pdf, long unitId, char[] password, PdfSignatureOptions options) {
                throw new UnsupportedOperationException();
            }

            @Override
            public VerificationReport verifyPdf(byte[] pdf) {
                throw new UnsupportedOperationException();
            }
        });
        assertTrue(f.documents.digitalSigningAvailable());
        Document d = f.as(Fixture.CLERK, () -> f.documents.createDraft(new NewDraft(f.province.id(), "KL", "Kết luận hội nghị",
                null, null)));
        f.as(Fixture.CLERK, () -> f.documents.addVersion(d.id(), Drafts.text("văn bản"), null));
        f.as(Fixture.CLERK, () -> f.documents.submit(d.id(), Fixture.SIGNER));
        assertEquals("versions", assertThrows(ConflictException.class,
                () -> f.as(Fixture.SIGNER, () -> f.documents.signDigitally(d.id(), "đúng".toCharArray()))).field(),
                "digital signing needs a PDF");
        Document p = f.as(Fixture.CLERK, () -> f.documents.createDraft(new NewDraft(f.province.id(), "KL", "Kết luận 2",
                null, null)));
        f.as(Fixture.CLERK, () -> f.documents.addVersion(p.id(), Drafts.pdf(), null));
        f.as(Fixture.CLERK, () -> f.documents.submit(p.id(), Fixture.SIGNER));
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.CLERK,
                () -> f.documents.signDigitally(p.id(), "đúng".toCharArray())), "only the signer signs");
        assertEquals("keyPassword", assertThrows(InvalidInputException.class,
                () -> f.as(Fixture.SIGNER, () -> f.documents.signDigitally(p.id(), "sai".toCharArray()))).field());
        assertEquals(DocumentStatus.SUBMITTED, f.as(Fixture.CLERK, () -> f.documents.get(p.id())).status());
        Document signed = f.as(Fixture.SIGNER, () -> f.documents.signDigitally(p.id(), "đúng".toCharArray()));
        assertTrue(signed.signedDigitally());
        var versions = f.as(Fixture.SIGNER, () -> f.documents.versions(p.id()));
        assertEquals("SIGNED", versions.get(versions.size() - 1).kind());
        assertEquals("du-thao-signed.pdf", versions.get(versions.size() - 1).fileName());
        byte[] original = Drafts.pdf().content();
        byte[] expected = java.util.Arrays.copyOf(original, original.length + marker.length);
        System.arraycopy(marker, 0, expected, original.length, marker.length);
        assertArrayEquals(expected, readAll(f.as(Fixture.SIGNER, () -> f.documents.open(p.id(), versions.size()))));
    }

    @Test
    void promulgatedDocumentsAreOfferedToTheArchiveWithTheirFiles() {
        RecordSource source = new DocumentRecordSource(f.tx, f.schema);
        drafts.draft("NQ", "chưa ban hành", Clearance.UNCLASSIFIED);
        Document out = drafts.promulgated("NQ", "về công tác lưu trữ", Clearance.MAT);
        var records = source.closedSince(java.time.Instant.EPOCH, 100);
        assertEquals(1, records.size());
        assertEquals(Long.toString(out.id()), records.get(0).sourceId());
        assertEquals(Clearance.MAT, records.get(0).classification());
        assertEquals("01-NQ/TU về công tác lưu trữ", records.get(0).title());
        assertEquals(2, records.get(0).fileHashes().size(), "the scan and the draft");
        assertTrue(source.closedSince(records.get(0).closedAt().plusMillis(1), 100).isEmpty());
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
