package org.partyoffice.archives.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.archives.api.NewFile;
import org.partyoffice.archives.api.StoredFile;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.core.internal.FileContentStore;

/** The archive's copies: sizes counted while copying, durable only after the batch's sync. */
class ArchiveFilesTest {

    @TempDir
    Path temp;

    @Test
    void aBatchCountsEachFilesSizeAndNamesItAfterSync() {
        ArchiveFiles files = new ArchiveFiles(new FileContentStore(temp.resolve("files")));
        byte[] scan = "Trang 1: Nghị quyết Đại hội Đảng bộ xã Bát Xát".getBytes(StandardCharsets.UTF_8);
        try (ArchiveFiles.Batch batch = files.batch()) {
            StoredFile stored = batch.store(new NewFile("trang-001.pdf", " application/pdf ", new ByteArrayInputStream(scan)));

            assertEquals(scan.length, stored.size());
            assertEquals("trang-001.pdf", stored.name());
            assertEquals("application/pdf", stored.mediaType());
            assertFalse(files.area().contains(stored.sha256()));
            batch.sync();
            assertTrue(files.area().verify(stored.sha256()));
            assertEquals(scan.length, files.area().size(stored.sha256()));
        }
    }

    @Test
    void anEmptyFileIsRefusedNamingIt() {
        ArchiveFiles files = new ArchiveFiles(new FileContentStore(temp.resolve("files")));
        var e = assertThrows(InvalidInputException.class,
                () -> files.store(new NewFile("trống.pdf", null, new ByteArrayInputStream(new byte[0]))));
        assertEquals("files.content", e.field());
        StoredFile one = files.store(Fixture.text("công-văn.txt", "Công văn số 15-CV/VPTU"));
        assertEquals("text/plain", one.mediaType());
        assertTrue(files.area().verify(one.sha256()));
    }
}
