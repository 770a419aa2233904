package org.partyoffice.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.platform.api.ContentArea;
import org.partyoffice.platform.api.ContentBatch;

/** The store's batch: one pass to hash and copy, names only after sync, nothing left by an abandoned batch. */
class FileContentBatchTest {

    private static final byte[] MINUTES = "Biên bản hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 3".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DECISION = "Quyết định số 12-QĐ/TU về công tác lưu trữ".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    private ContentArea area;
    private Path root;

    @BeforeEach
    void setUp() {
        root = dir.resolve("files/areas/archives");
        area = new FileContentStore(dir.resolve("files")).area("archives");
    }

    @Test
    void filesGetTheirNamesOnlyWhenTheBatchSyncs() throws Exception {
        try (ContentBatch batch = area.batch()) {
            String minutes = batch.put(new ByteArrayInputStream(MINUTES));
            String decision = batch.put(new ByteArrayInputStream(DECISION));
            String again = batch.put(new ByteArrayInputStream(MINUTES.clone()));

            assertEquals(sha256(MINUTES), minutes);
            assertEquals(sha256(DECISION), decision);
            assertEquals(minutes, again);
            // a commit must not name these yet: they are not under their names
            assertFalse(area.contains(minutes));
            assertFalse(area.contains(decision));

            batch.sync();

            assertTrue(area.verify(minutes));
            assertTrue(area.verify(decision));
            try (InputStream in = area.open(decision).orElseThrow()) {
                assertArrayEquals(DECISION, in.readAllBytes());
            }
        }
        // two files (the duplicate stored once), no temporary file left
        assertEquals(2, regularFiles().size());
    }

    @Test
    void aBatchCarriesOnAfterASync() throws Exception {
        try (ContentBatch batch = area.batch()) {
            String first = batch.put(new ByteArrayInputStream(MINUTES));
            batch.sync();
            String second = batch.put(new ByteArrayInputStream(DECISION));
            batch.sync();
            assertTrue(area.contains(first));
            assertTrue(area.contains(second));
        }
        assertEquals(2, regularFiles().size());
    }

    @Test
    void closingWithoutSyncLeavesNothingOnDisk() throws Exception {
        String kept;
        try (ContentBatch batch = area.batch()) {
            kept = batch.put(new ByteArrayInputStream(MINUTES));
            batch.sync();
            batch.put(new ByteArrayInputStream(DECISION));
        }
        assertTrue(area.contains(kept));
        assertFalse(area.contains(sha256(DECISION)));
        assertEquals(1, regularFiles().size());
    }

    @Test
    void aFailingUploadLosesOnlyItselfAndTheOthersStillSync() throws Exception {
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
        try (ContentBatch batch = area.batch()) {
            String minutes = batch.put(new ByteArrayInputStream(MINUTES));
            assertThrows(UncheckedIOException.class, () -> batch.put(broken));
            batch.sync();
            assertTrue(area.verify(minutes));
        }
        assertEquals(1, regularFiles().size());
    }

    @Test
    void theCopyHashesWhatItWritesInOnePassWhateverTheReadSizes() throws Exception {
        byte[] scan = new byte[3 * FileContentBatch.BUFFER + 17];
        new Random(57).nextBytes(scan);
        InputStream trickle = trickle(scan);
        Path out = dir.resolve("copy.bin");
        String hash;
        try (FileChannel channel = FileChannel.open(out, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            hash = new FileContentBatch(root, false, false).copy(trickle, channel);
        }
        assertEquals(sha256(scan), hash);
        assertArrayEquals(scan, Files.readAllBytes(out));
        assertEquals(-1, trickle.read(), "read to the end, once");
    }

    @Test
    void directWritesKeepEveryLengthExactlyWhateverTheReadSizes() throws Exception {
        FileContentStore store = new FileContentStore(dir.resolve("direct"));
        assumeTrue(store.writesDirectly(), "this file system does not take O_DIRECT writes");
        Random random = new Random(58);
        // empty, under a block, one block, a block and a byte, the copy buffer, and past it unaligned
        for (int length : new int[] {0, 1, DirectWrites.ALIGNMENT, DirectWrites.ALIGNMENT + 1, FileContentBatch.BUFFER,
                3 * FileContentBatch.BUFFER + 17}) {
            byte[] scan = new byte[length];
            random.nextBytes(scan);
            String hash;
            try (ContentBatch batch = store.batch()) {
                hash = batch.put(trickle(scan));
                batch.sync();
            }
            assertEquals(sha256(scan), hash, "length " + length);
            assertEquals(length, store.size(hash), "length " + length);
            try (InputStream in = store.open(hash).orElseThrow()) {
                assertArrayEquals(scan, in.readAllBytes(), "length " + length);
            }
        }
    }

    @Test
    void aStoreToldNotToWritesThroughThePageCacheAndStoresTheSame() throws Exception {
        FileContentStore buffered = new FileContentStore(dir.resolve("buffered"), false);
        assertFalse(buffered.writesDirectly());
        assertFalse(((FileContentStore) buffered.area("archives")).writesDirectly(), "an area keeps its store's setting");
        String hash = buffered.put(new ByteArrayInputStream(MINUTES));
        assertEquals(sha256(MINUTES), hash);
        assertTrue(buffered.verify(hash));
    }

    @Test
    void theStoresSinglePutIsABatchOfOneAndDurableOnReturn() {
        String hash = area.put(new ByteArrayInputStream(MINUTES));
        assertTrue(area.verify(hash));
        assertEquals(MINUTES.length, area.size(hash));
    }

    /** A single-use stream that hands out odd, short reads: nothing can be read twice. */
    private static InputStream trickle(byte[] scan) {
        return new InputStream() {
            private int at;

            @Override
            public int read() {
                return at < scan.length ? scan[at++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (at == scan.length) {
                    return -1;
                }
                int n = Math.min(Math.min(len, 7919), scan.length - at);
                System.arraycopy(scan, at, b, off, n);
                at += n;
                return n;
            }
        };
    }

    private List<Path> regularFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
