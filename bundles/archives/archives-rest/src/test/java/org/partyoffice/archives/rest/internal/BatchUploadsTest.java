package org.partyoffice.archives.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.partyoffice.archives.api.ArchiveEvents;
import org.partyoffice.platform.api.InvalidInputException;

class BatchUploadsTest {

    @TempDir
    Path temp;

    @Test
    void anUploadedZipKeepsItsNameAndIsDeletedWhenItsBatchEnds() throws Exception {
        BatchUploads uploads = new BatchUploads(temp.resolve("uploads"));
        Path zip = uploads.save(new ByteArrayInputStream(zip("manifest.csv", "file,dossier,title\n")), "Lô số hóa 1.zip", 1 << 20);
        assertEquals("Lô số hóa 1.zip", zip.getFileName().toString());
        assertTrue(Files.isRegularFile(zip));
        uploads.started(7, zip);
        uploads.handleEvent(new Event(ArchiveEvents.BATCH_ENDED, Map.of(ArchiveEvents.BATCH_ID, 8L)));
        assertTrue(Files.exists(zip), "another batch's end leaves it");
        uploads.handleEvent(new Event(ArchiveEvents.BATCH_ENDED, Map.of(ArchiveEvents.BATCH_ID, 7L)));
        assertFalse(Files.exists(zip));
        assertFalse(Files.exists(zip.getParent()));
    }

    @Test
    void aBatchThatEndsBeforeItsStartIsRecordedStillLosesItsZip() throws Exception {
        BatchUploads uploads = new BatchUploads(temp.resolve("uploads"));
        Path zip = uploads.save(new ByteArrayInputStream(zip("a.pdf", "x")), null, 1 << 20);
        assertEquals("batch.zip", zip.getFileName().toString());
        uploads.handleEvent(new Event(ArchiveEvents.BATCH_ENDED, Map.of(ArchiveEvents.BATCH_ID, 3L)));
        uploads.started(3, zip);
        assertFalse(Files.exists(zip));
    }

    @Test
    void whatIsNotAZipIsRefusedAndLeavesNothing() throws Exception {
        Path folder = temp.resolve("uploads");
        BatchUploads uploads = new BatchUploads(folder);
        assertEquals("file", assertThrows(InvalidInputException.class, () -> uploads.save(
                new ByteArrayInputStream("file,dossier\n".getBytes(StandardCharsets.UTF_8)), "x.zip", 1 << 20)).field());
        try (var left = Files.list(folder)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void namesLoseFoldersAndGetTheZipExtension() {
        assertEquals("quét.zip", BatchUploads.safeName("C:\\scans\\quét"));
        assertEquals("a_b.zip", BatchUploads.safeName("../../a:b.zip"));
        assertEquals("batch.hidden.zip", BatchUploads.safeName(".hidden"));
    }

    @Test
    void aBagFolderIsZippedUnderItsOwnName() throws Exception {
        Path bag = Files.createDirectories(temp.resolve("HS-2025-01").resolve("data"));
        Files.writeString(bag.resolve("Tờ trình.pdf"), "%PDF-1.7", StandardCharsets.UTF_8);
        Files.writeString(bag.getParent().resolve("bagit.txt"), "BagIt-Version: 1.0\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportResource.zip(bag.getParent(), out);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
                if (e.getName().endsWith(".pdf")) {
                    assertEquals("%PDF-1.7", new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        assertEquals(List.of("HS-2025-01/bagit.txt", "HS-2025-01/data/", "HS-2025-01/data/Tờ trình.pdf"), names);
    }

    private static byte[] zip(String name, String content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
