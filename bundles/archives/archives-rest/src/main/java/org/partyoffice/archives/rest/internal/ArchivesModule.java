package org.partyoffice.archives.rest.internal;

import org.osgi.service.component.annotations.Component;
import org.partyoffice.platform.api.ModuleInfo;

/** Announces the archives module to the platform's registry and menu while it is installed. */
@Component(service = ModuleInfo.class)
public final class ArchivesModule implements ModuleInfo {

    @Override
    public String id() {
        return "archives";
    }

    @Override
    public String name(String language) {
        return "en".equals(language) ? "Archives" : "Lưu trữ";
    }

    @Override
    public String webPath() {
        return "/office/archives/";
    }

    @Override
    public int order() {
        return 40;
    }
}
