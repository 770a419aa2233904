package org.partyoffice.documents.rest.internal;

import org.osgi.service.component.annotations.Component;
import org.partyoffice.platform.api.ModuleInfo;

/** Announces the documents module to the platform's registry and menu while it is installed. */
@Component(service = ModuleInfo.class)
public final class DocumentsModule implements ModuleInfo {

    @Override
    public String id() {
        return "documents";
    }

    @Override
    public String name(String language) {
        return "en".equals(language) ? "Documents" : "Văn bản";
    }

    @Override
    public String webPath() {
        return "/office/documents/";
    }

    @Override
    public int order() {
        return 20;
    }
}
