package org.partyoffice.archives.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Fixity: every stored file re-hashed against its name, on demand and on a schedule. */
@ProviderType
public interface FixityService {

    /** Re-hashes every file the archive holds; posts {@link ArchiveEvents#FIXITY_FAILED} when one fails. */
    FixityReport sweep();

    /** The last sweep's report, if any ran. */
    Optional<FixityReport> latest();

    /** A sweep's result. */
    record FixityReport(long id, Instant startedAt, Instant finishedAt, long checked, long bytes,
                        List<FixityFailure> failures) {

        public boolean passed() {
            return failures.isEmpty();
        }
    }

    /** A file that failed: {@code problem} is {@code MISMATCH} (changed) or {@code MISSING} (lost). */
    record FixityFailure(String sha256, String problem, List<Long> dossierIds) {
    }
}
