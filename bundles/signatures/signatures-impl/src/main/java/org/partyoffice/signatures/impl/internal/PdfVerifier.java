package org.partyoffice.signatures.impl.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.signatures.api.SignerReport;
import org.partyoffice.signatures.api.VerificationReport;

/**
 * Verifies the signatures of a PDF, oldest first, each as the detached CMS it is (via
 * {@link CmsVerifier}) over its byte range, after checking the byte range itself: it starts at
 * the file's first byte and leaves out exactly the {@code /Contents} string.
 *
 * <p>A signature over an earlier revision is valid as long as the bytes it covers are unchanged;
 * a note says the file grew after it (typically by the next signature). Bytes after the last
 * signature that no signature covers fail the last signature's integrity: someone changed the
 * document after it was signed (white space at the very end is tolerated).
 */
final class PdfVerifier {

    private final CmsVerifier cms;

    PdfVerifier(CmsVerifier cms) {
        this.cms = cms;
    }

    VerificationReport verify(byte[] pdf) {
        List<PDSignature> signatures;
        try (PDDocument document = PdfFiles.load(pdf)) {
            signatures = new ArrayList<>(document.getSignatureDictionaries());
        } catch (IOException e) {
            throw new InvalidInputException("pdf", "is not a readable PDF file (" + e.getMessage() + ")");
        }
        if (signatures.isEmpty()) {
            throw new InvalidInputException("pdf", "has no digital signatures");
        }
        signatures.sort(Comparator.comparingLong(PdfVerifier::end));
        List<SignerReport> reports = new ArrayList<>();
        for (int i = 0; i < signatures.size(); i++) {
            PDSignature signature = signatures.get(i);
            boolean last = i == signatures.size() - 1;
            reports.addAll(check(signature, pdf, i + 1, signatures.size(), last));
        }
        return new VerificationReport(List.copyOf(reports));
    }

    private List<SignerReport> check(PDSignature signature, byte[] pdf, int number, int count, boolean last) {
        String which = count == 1 ? "the signature" : "signature " + number + " of " + count;
        int[] range = signature.getByteRange();
        String rangeProblem = rangeProblem(range, pdf);
        if (rangeProblem != null) {
            return List.of(failed(which + ": " + rangeProblem));
        }
        String subFilter = signature.getSubFilter();
        if (!PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName().equals(subFilter)
                && !PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED.getName().equals(subFilter)) {
            return List.of(failed(which + " is of type " + subFilter + ", which this verifier does not support "
                    + "(only ETSI.CAdES.detached and adbe.pkcs7.detached)"));
        }
        byte[] signedBytes;
        byte[] contents;
        try {
            signedBytes = signature.getSignedContent(pdf);
            contents = signature.getContents(pdf);
        } catch (IOException | RuntimeException e) {
            return List.of(failed(which + ": its signed bytes cannot be read (" + e.getMessage() + ")"));
        }
        Instant claimed = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        VerificationReport report;
        try {
            report = cms.verify(signedBytes, contents, claimed);
        } catch (InvalidInputException e) {
            return List.of(failed(which + ": its /Contents is not a CMS signature"));
        }
        long end = (long) range[2] + range[3];
        List<SignerReport> out = new ArrayList<>();
        for (SignerReport r : report.signers()) {
            List<String> problems = new ArrayList<>(r.problems());
            boolean integrity = r.integrity();
            if (end < pdf.length) {
                if (!last) {
                    problems.add("note: " + which + " covers the document as it was (the first " + end + " of " + pdf.length
                            + " bytes); what was added after it is covered by the later signature(s)");
                } else if (!onlyWhiteSpace(pdf, end)) {
                    integrity = false;
                    problems.add("the document was changed after it was signed: its last " + (pdf.length - end)
                            + " bytes are not covered by any signature");
                }
            }
            out.add(new SignerReport(r.subject(), r.serial(), r.signingTime(), integrity, r.chainTrusted(),
                    r.validAtSigningTime(), r.notRevoked(), r.holderLogin(), List.copyOf(problems)));
        }
        return out;
    }

    private static String rangeProblem(int[] range, byte[] pdf) {
        if (range == null || range.length != 4) {
            return "its /ByteRange is missing or malformed";
        }
        long a = range[0];
        long b = range[1];
        long c = range[2];
        long d = range[3];
        if (a != 0 || b <= 0 || c <= b || d < 0 || c + d > pdf.length) {
            return "its /ByteRange [" + a + " " + b + " " + c + " " + d + "] does not describe this file";
        }
        boolean onlyTheValue = pdf[(int) b] == '<' && pdf[(int) c - 1] == '>';
        for (int i = (int) b + 1; onlyTheValue && i < c - 1; i++) {
            onlyTheValue = Character.digit(pdf[i], 16) >= 0;
        }
        if (!onlyTheValue) {
            return "its /ByteRange leaves out more than the signature value, so parts of the file are not signed";
        }
        return null;
    }

    private static long end(PDSignature signature) {
        int[] range = signature.getByteRange();
        return range == null || range.length != 4 ? Long.MAX_VALUE : (long) range[2] + range[3];
    }

    private static boolean onlyWhiteSpace(byte[] pdf, long from) {
        for (long i = from; i < pdf.length; i++) {
            byte ch = pdf[(int) i];
            if (ch != '\n' && ch != '\r' && ch != ' ' && ch != '\t' && ch != 0) {
                return false;
            }
        }
        return true;
    }

    private static SignerReport failed(String problem) {
        return new SignerReport(null, null, null, false, false, false, false, null, List.of(problem));
    }
}
