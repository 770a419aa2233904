package org.partyoffice.platform.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes that go past the page cache ({@code O_DIRECT}) where the file system takes them. A file
 * written through the page cache and then forced costs ext4 its delayed allocation and write-back
 * at force time: on the reference machine a fresh MiB forced that way took 3.4-4.2 ms, written
 * directly and forced 0.9-1.0 ms. Stored files are written once and read rarely, so keeping them
 * out of the page cache costs nothing either. Direct writes need buffers, positions and lengths
 * aligned to the file system's block: the last, partial block is written padded with zeros and the
 * file cut back to its length before the force.
 * <p>
 * Whether a folder takes direct writes is found out once, by writing a probe file there (some file
 * systems refuse {@code O_DIRECT} at open, others only at the first write); where it fails, the
 * store writes through the page cache as before.
 */
final class DirectWrites {

    private static final Logger LOG = LoggerFactory.getLogger(DirectWrites.class);
    /** Alignment used for every buffer; file systems with larger blocks get buffered writes. */
    static final int ALIGNMENT = 4096;
    private static final OpenOption DIRECT = directOption();
    /** Aligned buffers outlive a batch: direct memory is freed only by the garbage collector. */
    private static final ConcurrentLinkedQueue<ByteBuffer> BUFFERS = new ConcurrentLinkedQueue<>();
    private static final int BUFFERS_KEPT = 8;

    private DirectWrites() {
    }

    /** The JDK's {@code O_DIRECT} option, or null on a runtime or framework that does not offer it. */
    private static OpenOption directOption() {
        try {
            return com.sun.nio.file.ExtendedOpenOption.DIRECT;
        } catch (LinkageError e) {
            return null;
        }
    }

    /** True when files in {@code folder} can be written directly: a probe file is written, cut, forced and deleted. */
    static boolean supported(Path folder) {
        if (DIRECT == null) {
            return false;
        }
        Path probe = null;
        ByteBuffer block = acquire();
        try {
            Files.createDirectories(folder);
            if (Files.getFileStore(folder).getBlockSize() > ALIGNMENT) {
                return false;
            }
            Path candidate = FileContentBatch.temporary(folder, "probe-");
            try (FileChannel channel = create(candidate)) {
                probe = candidate;
                block.clear().limit(ALIGNMENT);
                channel.write(block);
                channel.truncate(17);
                channel.force(true);
            }
            boolean cut = Files.size(probe) == 17;
            if (cut) {
                LOG.info("{}: stored files are written past the page cache (O_DIRECT)", folder);
            }
            return cut;
        } catch (IOException | UnsupportedOperationException e) {
            // EINVAL at open or first write (tmpfs, some network shares): buffered writes are as correct, only slower
            LOG.info("{} does not take direct writes ({}); stored files go through the page cache", folder, e.toString());
            return false;
        } finally {
            release(block);
            FileContentBatch.deleteQuietly(probe);
        }
    }

    /** Creates {@code file} (it must not exist) for direct writes. */
    static FileChannel create(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, DIRECT);
    }

    /** A buffer of {@link FileContentBatch#BUFFER} bytes at an aligned address; give it back with {@link #release}. */
    static ByteBuffer acquire() {
        ByteBuffer buffer = BUFFERS.poll();
        if (buffer == null) {
            buffer = ByteBuffer.allocateDirect(FileContentBatch.BUFFER + ALIGNMENT).alignedSlice(ALIGNMENT);
        }
        return buffer.clear();
    }

    static void release(ByteBuffer buffer) {
        if (buffer != null && BUFFERS.size() < BUFFERS_KEPT) {
            BUFFERS.offer(buffer);
        }
    }

    /**
     * Copies {@code in} to a channel opened by {@link #create} and returns the SHA-256 of its bytes,
     * reading the source once: whole buffers are written as they fill, the last one padded to the
     * block and the file then cut back to the length read.
     */
    static String copy(InputStream in, FileChannel out, byte[] staging, ByteBuffer aligned) throws IOException {
        MessageDigest md = Hashing.sha256();
        long length = 0;
        boolean end = false;
        while (!end) {
            int filled = 0;
            while (filled < staging.length) {
                int n = in.read(staging, filled, staging.length - filled);
                if (n == -1) {
                    end = true;
                    break;
                }
                filled += n;
            }
            if (filled == 0) {
                break;
            }
            md.update(staging, 0, filled);
            int padded = (filled + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
            aligned.clear();
            aligned.put(staging, 0, filled);
            while (aligned.position() < padded) {
                aligned.put((byte) 0);
            }
            aligned.flip();
            while (aligned.hasRemaining()) {
                out.write(aligned);
            }
            length += filled;
        }
        if (length % ALIGNMENT != 0) {
            out.truncate(length);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
