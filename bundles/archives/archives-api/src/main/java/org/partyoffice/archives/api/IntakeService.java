package org.partyoffice.archives.api;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Intake from every {@code RecordSource} installed: takes what was closed since the last intake
 * of each source into dossiers by the configured rules, copying the files into the archive's
 * store. Running it twice takes nothing twice.
 */
@ProviderType
public interface IntakeService {

    /** Runs one intake now, over every source present. */
    IntakeReport run();

    /** The sources present now and how far intake has read each. */
    List<SourceState> sources();

    /** One source's state: the {@code closedAt} of the last record taken, and how many were taken in all. */
    record SourceState(String module, Instant takenUpTo, long taken, Instant lastRun) {
    }

    /** What one run took: per source, the items created; and the records it could not take, with why. */
    record IntakeReport(Instant at, java.util.Map<String, Integer> taken, List<String> problems) {

        public int total() {
            return taken.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
