package org.partyoffice.archives.api;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Digitisation batches: a folder or a ZIP of scans (PDF, TIFF, JPEG) with a CSV manifest
 * {@code manifest.csv} (columns {@code file,dossier,title,date,classification}; a header row; UTF-8).
 * Each row's scan becomes an item of the dossier with that code in the batch's fonds. Rows with
 * a missing or unreadable file or a manifest error are reported and skipped; the others are taken.
 */
@ProviderType
public interface DigitisationService {

    /** Checks a batch without taking anything: the problems per row. */
    List<RowProblem> validate(long fondsId, Path source);

    /** Starts a batch as a platform job (progress in {@code office:jobs} and the page). */
    Batch start(long fondsId, Path source);

    List<Batch> batches();

    Batch batch(long id);

    /** A batch: {@code jobId} is the platform job running it. */
    record Batch(long id, long fondsId, String source, String jobId, String status, int rows, int taken,
                 List<RowProblem> problems, Instant startedAt, Instant finishedAt) {
    }

    /** A row of the manifest that was not taken; {@code row} counts from 1 after the header (0: the whole batch). */
    record RowProblem(int row, String file, String field, String problem) {
    }
}
