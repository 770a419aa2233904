package org.partyoffice.meetings.rest.internal;

import org.osgi.service.component.annotations.Component;
import org.partyoffice.platform.api.ModuleInfo;

/** Announces the meetings module to the platform's registry and menu while it is installed. */
@Component(service = ModuleInfo.class)
public final class MeetingsModule implements ModuleInfo {

    @Override
    public String id() {
        return "meetings";
    }

    @Override
    public String name(String language) {
        return "en".equals(language) ? "Meetings" : "Hội họp";
    }

    @Override
    public String webPath() {
        return "/office/meetings/";
    }

    @Override
    public int order() {
        return 30;
    }
}
