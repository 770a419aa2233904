package org.partyoffice.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.platform.api.InvalidInputException;

class FileContentStoreTest {

    private static final byte[] RESOLUTION = "Nghị quyết số 57-NQ/TU của Tỉnh ủy Lào Cai".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    private Path root;
    private FileContentStore store;

    @BeforeEach
    void setUp() {
        // the store creates its folder on first use
        root = dir.resolve("files");
        store = new FileContentStore(root);
    }

    @Test
    void putReturnsTheSha256AndStoresUnderIt() throws Exception {
        String hash = store.put(new ByteArrayInputStream(RESOLUTION));

        assertEquals(sha256(RESOLUTION), hash);
        Path file = root.resolve(hash.substring(0, 2)).resolve(hash.substring(2));
        assertArrayEquals(RESOLUTION, Files.readAllBytes(file));
        assertTrue(store.contains(hash));
        assertEquals(root, store.root());
    }

    @Test
    void sameContentIsStoredOnce() throws Exception {
        String first = store.put(new ByteArrayInputStream(RESOLUTION));
        String second = store.put(new ByteArrayInputStream(RESOLUTION.clone()));
        String other = store.put(new ByteArrayInputStream("Quyết định số 12-QĐ/TU".getBytes(StandardCharsets.UTF_8)));

        assertEquals(first, second);
        assertNotEquals(first, other);
        // two files, and no temporary file left behind
        assertEquals(2, regularFiles().size());
        assertTrue(regularFiles().stream().noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
    }

    @Test
    void openReturnsTheBytes() throws Exception {
        String hash = store.put(new ByteArrayInputStream(RESOLUTION));

        try (InputStream in = store.open(hash).orElseThrow()) {
            assertArrayEquals(RESOLUTION, in.readAllBytes());
        }
        assertTrue(store.open(sha256("khác".getBytes(StandardCharsets.UTF_8))).isEmpty());
    }

    @Test
    void largeAndEmptyContentRoundTrip() throws Exception {
        byte[] large = new byte[3 * 1024 * 1024 + 17];
        new Random(42).nextBytes(large);

        String largeHash = store.put(new ByteArrayInputStream(large));
        String emptyHash = store.put(new ByteArrayInputStream(new byte[0]));

        assertEquals(sha256(large), largeHash);
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", emptyHash);
        try (InputStream in = store.open(largeHash).orElseThrow()) {
            assertArrayEquals(large, in.readAllBytes());
        }
        assertTrue(store.verify(largeHash));
        assertTrue(store.verify(emptyHash));
    }

    @Test
    void verifyNoticesACorruptedFile() throws Exception {
        String hash = store.put(new ByteArrayInputStream(RESOLUTION));
        assertTrue(store.verify(hash));

        Path file = root.resolve(hash.substring(0, 2)).resolve(hash.substring(2));
        byte[] corrupted = RESOLUTION.clone();
        corrupted[0] ^= 1;
        Files.write(file, corrupted);

        assertFalse(store.verify(hash));
        assertTrue(store.contains(hash));
    }

    @Test
    void verifyOfMissingContentIsFalse() {
        assertFalse(store.verify(sha256(RESOLUTION)));
        assertFalse(store.contains(sha256(RESOLUTION)));
    }

    @Test
    void invalidHashIsRejected() {
        String upper = sha256(RESOLUTION).toUpperCase();
        for (String bad : new String[] {null, "", "abc", upper, "../../etc/passwd", "g".repeat(64), "a".repeat(65)}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.open(bad), String.valueOf(bad));
            assertEquals("sha256", e.field());
            assertThrows(InvalidInputException.class, () -> store.verify(bad));
            assertThrows(InvalidInputException.class, () -> store.contains(bad));
        }
    }

    @Test
    void failedPutLeavesNoTemporaryFile() throws Exception {
        InputStream broken = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served++ < 1000) {
                    return 'x';
                }
                throw new IOException("the upload was cut off");
            }
        };

        assertThrows(UncheckedIOException.class, () -> store.put(broken));

        assertEquals(List.of(), regularFiles());
    }

    private List<Path> regularFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anAreaIsAStoreApartWhereDeletingLeavesTheSharedCopy() throws Exception {
        String shared = store.put(new ByteArrayInputStream(RESOLUTION));
        var archive = store.area("archives");
        String kept = archive.put(new ByteArrayInputStream(RESOLUTION));

        assertEquals(shared, kept);
        assertEquals("archives", archive.name());
        assertEquals(RESOLUTION.length, archive.size(kept));
        assertTrue(Files.isRegularFile(root.resolve("areas/archives").resolve(kept.substring(0, 2)).resolve(kept.substring(2))));
        assertTrue(archive.delete(kept));
        assertFalse(archive.contains(kept));
        assertEquals(-1, archive.size(kept));
        assertFalse(archive.delete(kept));
        assertTrue(store.contains(shared), "the shared store keeps its copy");
        assertTrue(store.verify(shared));
    }

    @Test
    void areaNamesAreModuleIds() {
        var e = assertThrows(InvalidInputException.class, () -> store.area("../etc"));
        assertEquals("area", e.field());
        assertThrows(InvalidInputException.class, () -> store.area("Lưu trữ"));
    }
}
