package org.partyoffice.platform.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard: a module registers one {@code ModuleInfo} service while it is installed, and the
 * module registry, the web menu and {@code office:modules} show it for exactly that long.
 */
@ConsumerType
public interface ModuleInfo {

    /** Stable id, e.g. {@code documents}. */
    String id();

    /** Display name in {@code vi} or {@code en}. */
    String name(String language);

    /** The module's page, e.g. {@code /office/documents/}, or {@code null} when it has none. */
    String webPath();

    /** Position in the menu; lower first. */
    default int order() {
        return 100;
    }

    /** The module's version, for the registry. */
    default String version() {
        return "";
    }
}
