package org.partyoffice.itests;

import org.partyoffice.platform.api.ModuleInfo;

/** A module as a third-party bundle would announce itself, for registering in tests. */
public record TestModule(String id, String nameVi, String nameEn, String webPath) implements ModuleInfo {

    @Override
    public String name(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }
}
