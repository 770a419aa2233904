package org.partyoffice.platform.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.partyoffice.platform.api.ContentBatch;

/**
 * The puts of a {@link FileContentStore} and their durability barrier. Each file is copied once:
 * the bytes are hashed and written from the same buffer as they are read, into a temporary file of
 * the store. Its force to disk is handed to a background thread (one per batch, when it has one) as
 * soon as it is copied, so the disk finishes the file while the caller copies the next or writes
 * the rows that will name it; {@link #sync} waits for the forces,
 * moves each file under its name and then forces every folder that got a name once, however many
 * files went into it. Only after that may a database commit name the hashes. Where the store's
 * folder takes them, the copies are {@link DirectWrites direct writes}.
 */
final class FileContentBatch implements ContentBatch {

    /** Large enough that a 1 MiB scan is four reads and four writes, small enough to keep per batch. */
    static final int BUFFER = 256 * 1024;

    /** A file written but not yet under its name; {@code forced} is null until its force was started. */
    private static final class Pending {
        final Path tmp;
        final String hash;
        final FileChannel channel;
        Future<Void> forced;

        Pending(Path tmp, String hash, FileChannel channel) {
            this.tmp = tmp;
            this.hash = hash;
            this.channel = channel;
        }
    }

    /** Temporary names only need to differ from each other; a clash fails the put (CREATE_NEW), never overwrites. */
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path root;
    private final boolean background;
    private final boolean direct;
    private final byte[] buffer = new byte[BUFFER];
    private final List<Pending> pending = new ArrayList<>();
    private ExecutorService forcer;
    private ByteBuffer aligned;

    /**
     * {@code background}: force files on a thread of the batch's own, overlapping the next copy;
     * {@code direct}: write past the page cache (only where {@link DirectWrites#supported} said so).
     */
    FileContentBatch(Path root, boolean background, boolean direct) {
        this.root = root;
        this.background = background;
        this.direct = direct;
    }

    @Override
    public String put(InputStream content) {
        Path tmp = null;
        FileChannel channel = null;
        try {
            Path candidate = temporary(root, "incoming-");
            channel = create(candidate);
            tmp = candidate;
            String hash;
            if (direct) {
                if (aligned == null) {
                    aligned = DirectWrites.acquire();
                }
                hash = DirectWrites.copy(content, channel, buffer, aligned);
            } else {
                hash = copy(content, channel);
            }
            pending.add(new Pending(tmp, hash, channel));
            if (background) {
                // forced while the caller copies the next file or writes its rows; a batch of one starts no thread
                startForce(true);
            }
            return hash;
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            deleteQuietly(tmp);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot store content", io);
            }
            throw (RuntimeException) e;
        }
    }

    /** A name for a temporary file in {@code folder}, never taken for content (not a hash folder's name). */
    static Path temporary(Path folder, String prefix) {
        return folder.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
    }

    /**
     * Creates and opens the temporary file in one system call (an open costs as much as writing a
     * quarter MiB here), the store's folder only when it is not there yet.
     */
    private FileChannel create(Path tmp) throws IOException {
        try {
            return open(tmp);
        } catch (NoSuchFileException e) {
            Files.createDirectories(root);
            return open(tmp);
        }
    }

    private FileChannel open(Path tmp) throws IOException {
        return direct ? DirectWrites.create(tmp) : FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /** Copies {@code in} to {@code out} through the page cache and returns the SHA-256 of what went through: one read of the source. */
    String copy(InputStream in, FileChannel out) throws IOException {
        MessageDigest md = Hashing.sha256();
        for (int n; (n = in.read(buffer)) != -1; ) {
            md.update(buffer, 0, n);
            ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
            while (chunk.hasRemaining()) {
                out.write(chunk);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Starts the force of the newest file not yet forcing, on the batch's thread or ({@code !inBackground}) here. */
    private void startForce(boolean inBackground) {
        if (pending.isEmpty()) {
            return;
        }
        Pending last = pending.get(pending.size() - 1);
        if (last.forced == null) {
            last.forced = force(last.channel, inBackground);
        }
    }

    private Future<Void> force(FileChannel channel, boolean inBackground) {
        if (!inBackground) {
            try (channel) {
                channel.force(true);
            } catch (IOException e) {
                return CompletableFuture.failedFuture(e);
            }
            return CompletableFuture.completedFuture(null);
        }
        if (forcer == null) {
            forcer = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "partyoffice-store-force");
                t.setDaemon(true);
                return t;
            });
        }
        return forcer.submit(() -> {
            try (channel) {
                channel.force(true);
            }
            return null;
        });
    }

    @Override
    public void sync() {
        Set<Path> folders = new LinkedHashSet<>();
        try {
            startForce(false);
            for (Pending p : pending) {
                await(p.forced);
                Path target = FileContentStore.path(root, p.hash);
                if (!Files.isDirectory(target.getParent())) {
                    Files.createDirectories(target.getParent());
                    folders.add(root); // the new folder's own name
                }
                if (!Files.exists(target)) {
                    try {
                        Files.move(p.tmp, target, StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                        Files.move(p.tmp, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    folders.add(target.getParent());
                }
            }
            for (Path folder : folders) {
                forceFolder(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store content", e);
        } finally {
            abandonPending();
        }
    }

    private static void await(Future<Void> forced) throws IOException {
        try {
            forced.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while forcing a file to disk");
        }
    }

    /** Makes the new names durable: on Linux a rename reaches the disk only with its folder. */
    private static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // some file systems (and Windows) cannot open a folder; the files themselves are on disk already
        }
    }

    /** Waits for the forces still running and deletes the temporary files that did not get a name. */
    private void abandonPending() {
        for (Pending p : pending) {
            if (p.forced == null) {
                closeQuietly(p.channel);
            } else {
                try {
                    p.forced.get();
                } catch (ExecutionException ignored) {
                    // the file is deleted below either way
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            deleteQuietly(p.tmp);
        }
        pending.clear();
    }

    @Override
    public void close() {
        abandonPending();
        if (forcer != null) {
            forcer.shutdownNow();
            forcer = null;
        }
        DirectWrites.release(aligned);
        aligned = null;
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the temporary file is deleted next
            }
        }
    }

    static void deleteQuietly(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a stray temporary file is harmless: it is never taken for content
            }
        }
    }
}
