package org.partyoffice.signatures.impl.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Function;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.signatures.api.PdfSignatureOptions;

/**
 * PAdES-B signing with PDFBox: a signature dictionary (Filter Adobe.PPKLite, SubFilter
 * ETSI.CAdES.detached, signed time in {@code /M}) is added in an incremental update, and the CMS
 * made by {@link CmsSigner} over the update's byte range goes into its {@code /Contents}. The bytes
 * of the original file are kept as they are, so signatures already in it stay valid.
 *
 * <p>A visible signature is a box drawn in the widget's appearance stream: who signed, when, and
 * why. The box uses a system TrueType font with Vietnamese letters when one is found (DejaVu Sans,
 * Liberation Sans, Noto Sans, Arial; embedded as a subset); otherwise Helvetica, which has no
 * Vietnamese letters, and the text is written without diacritics. The signature itself always
 * carries the exact names (certificate, {@code /Name}, {@code /Reason}).
 */
final class PdfSigner {

    /** Bytes reserved for the CMS (hex-encoded, twice that in the file): room for RSA 3072 and a longer chain. */
    static final int SIGNATURE_SIZE = 16_384;

    static final float DEFAULT_WIDTH = 200;
    static final float DEFAULT_HEIGHT = 60;
    private static final int MAX_TEXT = 500;

    private static final List<Path> FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
            Path.of("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"),
            Path.of("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"),
            Path.of("C:/Windows/Fonts/arial.ttf"));

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss XXX");

    /** The signed file and the SHA-256 of the bytes the signature covers (what the audit trail records). */
    record Signed(byte[] pdf, String signedBytesSha256) {
    }

    private PdfSigner() {
    }

    /** Checks options before any key is unlocked; {@code null} means an invisible signature without a reason. */
    static PdfSignatureOptions check(PdfSignatureOptions options) {
        PdfSignatureOptions o = options != null ? options : PdfSignatureOptions.invisible(null);
        if (o.reason() != null && o.reason().length() > MAX_TEXT) {
            throw new InvalidInputException("reason", "must be at most " + MAX_TEXT + " characters");
        }
        if (o.location() != null && o.location().length() > MAX_TEXT) {
            throw new InvalidInputException("location", "must be at most " + MAX_TEXT + " characters");
        }
        if (o.visible()) {
            if (o.page() < 0) {
                throw new InvalidInputException("page", "must be 1 or more (0 for the last page)");
            }
            if (o.x() < 0 || o.y() < 0 || o.width() < 0 || o.height() < 0
                    || !Float.isFinite(o.x() + o.y() + o.width() + o.height())) {
                throw new InvalidInputException("position", "x, y, width and height must be 0 or more points");
            }
        }
        return o;
    }

    /**
     * Signs {@code pdf} at {@code signingTime}; {@code cms} makes the detached CMS over the bytes
     * it is given (the file without the /Contents placeholder).
     */
    static Signed sign(byte[] pdf, PdfSignatureOptions options, String signerName, Instant signingTime,
                       Function<byte[], byte[]> cms) {
        PdfSignatureOptions o = check(options);
        Instant at = signingTime.truncatedTo(ChronoUnit.SECONDS);
        try (PDDocument document = PdfFiles.load(pdf)) {
            if (document.isEncrypted()) {
                throw new InvalidInputException("pdf", "is encrypted; remove the protection before signing");
            }
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signerName);
            if (o.reason() != null && !o.reason().isBlank()) {
                signature.setReason(o.reason().strip());
            }
            if (o.location() != null && !o.location().isBlank()) {
                signature.setLocation(o.location().strip());
            }
            Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            calendar.setTimeInMillis(at.toEpochMilli());
            signature.setSignDate(calendar);

            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE + 8192);
            try (SignatureOptions signatureOptions = new SignatureOptions()) {
                signatureOptions.setPreferredSignatureSize(SIGNATURE_SIZE);
                if (o.visible()) {
                    int pages = document.getNumberOfPages();
                    int page = o.page() == 0 ? pages : o.page();
                    if (page < 1 || page > pages) {
                        throw new InvalidInputException("page", "must be between 1 and " + pages + " (the document's pages), "
                                + "or 0 for the last page");
                    }
                    PDRectangle box = box(document.getPage(page - 1), o);
                    signatureOptions.setVisualSignature(appearance(document.getPage(page - 1), box,
                            lines(signerName, at, o)));
                    signatureOptions.setPage(page - 1);
                }
                document.addSignature(signature, signatureOptions);
                ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
                byte[] signed;
                try (InputStream content = external.getContent()) {
                    signed = content.readAllBytes();
                }
                byte[] value = cms.apply(signed);
                if (value.length > SIGNATURE_SIZE) {
                    throw new IllegalStateException("the CMS signature (" + value.length + " bytes) does not fit the "
                            + SIGNATURE_SIZE + " bytes reserved for it");
                }
                external.setSignature(value);
                return new Signed(out.toByteArray(), Crypto.sha256Hex(signed));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the signed PDF", e);
        }
    }

    /** The box in the page's user space; the page's own origin (the media box's lower left) is added. */
    private static PDRectangle box(PDPage page, PdfSignatureOptions o) {
        float width = o.width() > 0 ? o.width() : DEFAULT_WIDTH;
        float height = o.height() > 0 ? o.height() : DEFAULT_HEIGHT;
        PDRectangle media = page.getMediaBox();
        if (o.x() + width > media.getWidth() || o.y() + height > media.getHeight()) {
            throw new InvalidInputException("position", "the signature box (" + o.x() + ", " + o.y() + ", " + width + " x "
                    + height + " points) does not fit the page (" + media.getWidth() + " x " + media.getHeight() + " points)");
        }
        return new PDRectangle(media.getLowerLeftX() + o.x(), media.getLowerLeftY() + o.y(), width, height);
    }

    private static List<String> lines(String signerName, Instant at, PdfSignatureOptions o) {
        List<String> lines = new ArrayList<>();
        lines.add("Ký bởi: " + signerName);
        lines.add("Ngày ký: " + SHOWN.format(at.atZone(ZoneId.systemDefault())));
        if (o.reason() != null && !o.reason().isBlank()) {
            lines.add("Lý do: " + o.reason().strip());
        }
        if (o.location() != null && !o.location().isBlank()) {
            lines.add("Nơi ký: " + o.location().strip());
        }
        return lines;
    }

    /**
     * The visible signature as PDFBox takes it: a one-page PDF whose AcroForm holds a signature
     * field with the widget and its appearance stream (as in PDFBox's CreateVisibleSignature2).
     */
    private static InputStream appearance(PDPage target, PDRectangle box, List<String> lines) throws IOException {
        try (PDDocument template = new PDDocument()) {
            PDPage page = new PDPage(target.getMediaBox());
            template.addPage(page);
            PDAcroForm form = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            widget.setRectangle(box);

            PDFormXObject xobject = new PDFormXObject(new PDStream(template));
            xobject.setResources(new PDResources());
            xobject.setFormType(1);
            xobject.setBBox(new PDRectangle(box.getWidth(), box.getHeight()));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(xobject.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);

            Font font = font(template);
            try (PDPageContentStream cs = new PDPageContentStream(template, stream)) {
                cs.setStrokingColor(0.75f, 0.1f, 0.1f);
                cs.setLineWidth(1);
                cs.addRect(0.5f, 0.5f, box.getWidth() - 1, box.getHeight() - 1);
                cs.stroke();
                float margin = 4;
                float size = Math.min(10, (box.getHeight() - 2 * margin) / (lines.size() * 1.2f));
                cs.setNonStrokingColor(0.75f, 0.1f, 0.1f);
                float y = box.getHeight() - margin - size;
                for (String line : lines) {
                    String text = font.text(line);
                    float width = font.pdf().getStringWidth(text) / 1000 * size;
                    float lineSize = width > box.getWidth() - 2 * margin ? size * (box.getWidth() - 2 * margin) / width : size;
                    cs.beginText();
                    cs.setFont(font.pdf(), lineSize);
                    cs.newLineAtOffset(margin, y);
                    cs.showText(text);
                    cs.endText();
                    y -= size * 1.2f;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            template.save(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    /** A font and how text is made fit for it. */
    private record Font(PDFont pdf, boolean unicode) {
        String text(String s) {
            return unicode ? s : ascii(s);
        }
    }

    private static Font font(PDDocument template) {
        for (Path path : FONTS) {
            if (Files.isReadable(path)) {
                try {
                    return new Font(PDType0Font.load(template, path.toFile()), true);
                } catch (IOException | RuntimeException e) {
                    // Not a font PDFBox can embed; try the next.
                }
            }
        }
        return new Font(new PDType1Font(Standard14Fonts.FontName.HELVETICA), false);
    }

    /** Vietnamese without diacritics, for Helvetica's WinAnsi encoding: "Ký bởi: Nguyễn" becomes "Ky boi: Nguyen". */
    static String ascii(String s) {
        String decomposed = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char ch = decomposed.charAt(i);
            if (Character.getType(ch) == Character.NON_SPACING_MARK) {
                continue;
            }
            b.append(ch >= 0x20 && ch < 0x7f ? ch : '?');
        }
        return b.toString();
    }
}
