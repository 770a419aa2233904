package org.partyoffice.platform.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The modules installed right now, gathered from the {@link ModuleInfo} whiteboard. */
@ProviderType
public interface ModuleRegistry {

    /** Installed modules in menu order. */
    List<ModuleDescriptor> modules();
}
