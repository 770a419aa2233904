package org.partyoffice.platform.core.internal;

import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the platform keeps its files: {@code ${karaf.data}/partyoffice} unless configured. */
final class DataFolders {

    private DataFolders() {
    }

    static Path root(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        return Paths.get(System.getProperty("karaf.data", "data"), "partyoffice");
    }
}
