package org.partyoffice.finance.rest.internal;

import org.osgi.service.component.annotations.Component;
import org.partyoffice.platform.api.ModuleInfo;

/** Announces the finance module to the platform's registry and menu while its REST bundle is installed. */
@Component(service = ModuleInfo.class)
public final class FinanceModule implements ModuleInfo {

    @Override
    public String id() {
        return "finance";
    }

    @Override
    public String name(String language) {
        return "en".equals(language) ? "Finance" : "Tài chính";
    }

    @Override
    public String webPath() {
        return "/office/finance/";
    }

    @Override
    public int order() {
        return 40;
    }
}
