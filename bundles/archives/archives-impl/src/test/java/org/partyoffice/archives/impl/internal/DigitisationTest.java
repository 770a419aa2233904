package org.partyoffice.archives.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.archives.api.DigitisationService.Batch;
import org.partyoffice.archives.api.DigitisationService.RowProblem;
import org.partyoffice.archives.api.Dossier;
import org.partyoffice.archives.api.Fonds;
import org.partyoffice.archives.api.NewDossier;
import org.partyoffice.platform.api.Clearance;

/** Digitisation batches: manifest rows checked one by one, good scans taken, progress per fonds. */
class DigitisationTest {

    @TempDir
    Path temp;
    Fixture f;
    Fonds fonds;
    Dossier paper;
    Path batch;

    @BeforeEach
    void setUp() throws Exception {
        f = new Fixture(temp);
        fonds = f.as(Fixture.ARCHIVIST, () -> f.archive.fondsOf(f.province.id()));
        paper = f.as(Fixture.ARCHIVIST, () -> f.archive.createDossier(new NewDossier(fonds.id(), null, "HS-1975-01",
                "Hồ sơ Đại hội Đảng bộ tỉnh lần thứ nhất", null, null, "VV", Clearance.UNCLASSIFIED)));
        f.as(Fixture.ARCHIVIST, () -> f.archive.createDossier(new NewDossier(fonds.id(), null, "HS-1975-02",
                "Hồ sơ chưa số hóa", null, null, "VV", Clearance.UNCLASSIFIED)));
        batch = Files.createDirectories(temp.resolve("lo-so-hoa"));
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(batch.resolve("trang-1.pdf").toFile());
        }
        ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "jpg", batch.resolve("anh-2.jpg").toFile());
        Files.writeString(batch.resolve("hong.pdf"), "không phải PDF");
        Files.writeString(batch.resolve("manifest.csv"), "\uFEFFfile,dossier,title,date,classification\n"
                + "trang-1.pdf,HS-1975-01,\"Báo cáo chính trị, trang 1\",12/03/1975,\n"
                + "anh-2.jpg,HS-1975-01,Ảnh Đại hội,1975-03-13,Thường\n"
                + "hong.pdf,HS-1975-01,Trang hỏng,,\n"
                + "mat-tich.pdf,HS-1975-01,Trang thiếu,,\n"
                + "trang-1.pdf,HS-KHONG-CO,Sai hồ sơ,,\n"
                + "trang-1.pdf,HS-1975-01,Sai ngày,31/02/1975,\n", StandardCharsets.UTF_8);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static void assertProblem(List<RowProblem> problems, int row, String field) {
        assertTrue(problems.stream().anyMatch(p -> p.row() == row && p.field().equals(field)), "row " + row + " " + field + ": " + problems);
    }

    @Test
    void validationReportsEveryBadRowWithItsField() {
        List<RowProblem> problems = f.as(Fixture.ARCHIVIST, () -> f.digitisation.validate(fonds.id(), batch));
        assertEquals(4, problems.size(), problems.toString());
        assertProblem(problems, 3, "file");
        assertProblem(problems, 4, "file");
        assertProblem(problems, 5, "dossier");
        assertProblem(problems, 6, "date");
        assertTrue(problems.stream().anyMatch(p -> p.problem().contains("not a readable PDF")));
        assertTrue(problems.stream().anyMatch(p -> p.problem().contains("missing")));
    }

    @Test
    void aZipBatchRunsAsAJobTakesTheGoodRowsAndRaisesTheFondsProgress() throws Exception {
        Path zip = temp.resolve("lo.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip), StandardCharsets.UTF_8);
             var files = Files.list(batch)) {
            for (Path p : files.toList()) {
                out.putNextEntry(new ZipEntry(p.getFileName().toString()));
                Files.copy(p, (OutputStream) out);
                out.closeEntry();
            }
        }
        Batch started = f.as(Fixture.ARCHIVIST, () -> f.digitisation.start(fonds.id(), zip));
        Batch done = started;
        for (int i = 0; i < 200 && done.finishedAt() == null; i++) {
            Thread.sleep(50);
            done = f.as(Fixture.ARCHIVIST, () -> f.digitisation.batch(started.id()));
        }
        assertEquals("DONE", done.status());
        assertEquals(2, done.taken());
        assertEquals(6, done.rows());
        assertEquals(4, done.problems().size());
        var items = f.as(Fixture.ARCHIVIST, () -> f.archive.items(paper.id()));
        assertEquals(List.of("Báo cáo chính trị, trang 1", "Ảnh Đại hội"), items.stream().map(i -> i.title()).toList());
        assertEquals("image/jpeg", items.get(1).files().get(0).mediaType());
        assertEquals(50, f.as(Fixture.VIEWER, () -> f.archive.progress(fonds.id())).percent());
    }
}
