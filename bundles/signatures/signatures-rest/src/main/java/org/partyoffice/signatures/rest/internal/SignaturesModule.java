package org.partyoffice.signatures.rest.internal;

import org.osgi.service.component.annotations.Component;
import org.partyoffice.platform.api.ModuleInfo;

/** Announces the signatures module to the platform's registry and menu while it is installed. */
@Component(service = ModuleInfo.class)
public final class SignaturesModule implements ModuleInfo {

    @Override
    public String id() {
        return "signatures";
    }

    @Override
    public String name(String language) {
        return "en".equals(language) ? "Digital signatures" : "Chữ ký số";
    }

    @Override
    public String webPath() {
        // served by SignaturesPageServlet and SignaturesWebResources
        return "/office/signatures/";
    }

    @Override
    public int order() {
        return 60;
    }
}
