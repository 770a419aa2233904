package org.partyoffice.documents.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.partyoffice.documents.api.DocumentType;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.InvalidInputException;

class RegisterExportTest extends OfficeTest {


    @Test
    void theRegisterPrintsAsPdfWithVietnameseTextAndExportsAsCsv() throws Exception {
        assumeTrue(RegisterPdf.FONTS.stream().anyMatch(Files::isReadable),
                "needs a TrueType font with Vietnamese letters: .ci/run installs fonts-dejavu-core");
        drafts.promulgated("NQ", "về chuyển đổi số trong các cơ quan Đảng", Clearance.UNCLASSIFIED);
        drafts.promulgated("CT", "về tăng cường công tác bảo vệ bí mật nhà nước", Clearance.TUYET_MAT);
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);

        byte[] pdf = f.as(Fixture.CLERK, () -> f.registers.exportPdf(f.province.id(), from, to));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Sổ đăng ký văn bản đi"), text);
            assertTrue(text.contains("01-NQ/TU"), text);
            assertTrue(text.contains("Tuyệt mật"), text);
            assertTrue(text.contains("chuyển đổi số"), text);
        }
        try (PDDocument doc = Loader.loadPDF(f.as(Fixture.VIEWER, () -> f.registers.exportPdf(f.province.id(), from, to)))) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("01-NQ/TU"), text);
            assertFalse(text.contains("01-CT/TU"), "a viewer's print leaves out what they may not see");
        }

        String csv = new String(f.as(Fixture.CLERK, () -> f.registers.exportCsv(f.province.id(), from, to)),
                StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF\"Số, ký hiệu\",Ngày ban hành,"), "a BOM for spreadsheets, then the header");
        assertTrue(csv.contains("01-CT/TU,2026-03-02,CT,về tăng cường công tác bảo vệ bí mật nhà nước,Tuyệt mật,Thường"), csv);
        assertEquals("to", assertThrows(InvalidInputException.class,
                () -> f.as(Fixture.CLERK, () -> f.registers.exportCsv(f.province.id(), to, from))).field());
    }

    @Test
    void typesAndRegistersAreForAdministratorsAndValidated() {
        assertEquals(15, f.registers.types().size());
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.CLERK,
                () -> f.registers.saveType(new DocumentType("CĐ", "Công điện", true))));
        f.asAdmin(() -> f.registers.saveType(new DocumentType("CĐ", "Công điện", true)));
        assertTrue(f.registers.types().stream().anyMatch(t -> t.code().equals("CĐ") && t.name().equals("Công điện")));
        assertEquals("code", assertThrows(InvalidInputException.class,
                () -> f.asAdmin(() -> f.registers.saveType(new DocumentType("1X", "Sai", true)))).field());
        assertEquals("term", assertThrows(InvalidInputException.class, () -> f.asAdmin(() -> f.registers.saveRegister(
                new org.partyoffice.documents.api.Register(f.province.id(), "TU",
                        org.partyoffice.documents.api.NumberingPolicy.TERM, "2030-2025")))).field());
        assertEquals("issuer", assertThrows(InvalidInputException.class, () -> f.asAdmin(() -> f.registers.saveRegister(
                new org.partyoffice.documents.api.Register(f.province.id(), "T/U",
                        org.partyoffice.documents.api.NumberingPolicy.TERM, "2025-2030")))).field());
    }
}
