package org.partyoffice.platform.api;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/** Online backup of the database and the content store. */
@ProviderType
public interface BackupService {

    /** Writes a consistent backup into a new dated folder under {@code parent}; returns it. */
    Path backup(Path parent);
}
