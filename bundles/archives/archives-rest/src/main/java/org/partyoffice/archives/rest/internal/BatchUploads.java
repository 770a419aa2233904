package org.partyoffice.archives.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.partyoffice.archives.api.ArchiveEvents;
import org.partyoffice.platform.api.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploaded digitisation ZIPs on disk. A batch runs as a job after the request has answered, so its
 * ZIP is kept until the module posts {@link ArchiveEvents#BATCH_ENDED} for it, then deleted; what a
 * crash leaves behind is swept on the next start.
 */
@Component(service = {BatchUploads.class, EventHandler.class}, property = "event.topics=" + ArchiveEvents.BATCH_ENDED)
public final class BatchUploads implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(BatchUploads.class);
    private static final Duration STALE = Duration.ofDays(2);

    private final Path folder;
    private final Map<Long, Path> running = new ConcurrentHashMap<>();
    // a batch may end (the event is asynchronous) before the request that started it has recorded its ZIP
    private final java.util.Set<Long> ended = ConcurrentHashMap.newKeySet();

    @Activate
    public BatchUploads() {
        this(Path.of(System.getProperty("karaf.data", System.getProperty("java.io.tmpdir")), "partyoffice", "archives", "uploads"));
    }

    BatchUploads(Path folder) {
        this.folder = folder;
        sweepStale();
    }

    /**
     * Saves the body as {@code <name>.zip} in a folder of its own (the batch's source keeps the
     * uploaded name, which the job and the page show); refuses what is not a ZIP.
     */
    Path save(InputStream body, String name, long maxBytes) {
        try {
            Files.createDirectories(folder);
            Path dir = Files.createTempDirectory(folder, "batch-");
            Path zip = dir.resolve(safeName(name));
            try {
                Uploads.save(body, zip, "file", maxBytes);
                if (!isZip(zip)) {
                    throw new InvalidInputException("file", "must be a ZIP file holding the scans and manifest.csv");
                }
                return zip;
            } catch (RuntimeException e) {
                delete(zip);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The batch runs from {@code zip}: delete it when the batch ends. */
    synchronized void started(long batchId, Path zip) {
        if (ended.remove(batchId)) {
            delete(zip);
        } else {
            running.put(batchId, zip);
        }
    }

    @Override
    public synchronized void handleEvent(Event event) {
        Object id = event.getProperty(ArchiveEvents.BATCH_ID);
        if (id instanceof Number n) {
            Path zip = running.remove(n.longValue());
            if (zip != null) {
                delete(zip);
            } else if (ended.size() < 1000) {
                ended.add(n.longValue());
            }
        }
    }

    /** Deletes an uploaded ZIP and its folder. */
    void delete(Path zip) {
        try {
            Files.deleteIfExists(zip);
            if (zip.getParent() != null && zip.getParent().startsWith(folder) && !zip.getParent().equals(folder)) {
                Files.deleteIfExists(zip.getParent());
            }
        } catch (IOException e) {
            LOG.warn("Could not delete the uploaded batch {}: {}", zip, e.getMessage());
        }
    }

    static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        int slash = base.lastIndexOf('/');
        base = base.substring(slash + 1).replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
        if (base.isEmpty() || base.startsWith(".")) {
            base = "batch" + base;
        }
        if (base.length() > 120) {
            base = base.substring(0, 120);
        }
        return base.toLowerCase(java.util.Locale.ROOT).endsWith(".zip") ? base : base + ".zip";
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    private void sweepStale() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Instant before = Instant.now().minus(STALE);
        try (Stream<Path> dirs = Files.list(folder)) {
            for (Path dir : (Iterable<Path>) dirs::iterator) {
                FileTime modified = Files.getLastModifiedTime(dir);
                if (modified.toInstant().isBefore(before)) {
                    deleteTree(dir);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not sweep old uploads in {}: {}", folder, e.getMessage());
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", root, e.getMessage());
        }
    }
}
