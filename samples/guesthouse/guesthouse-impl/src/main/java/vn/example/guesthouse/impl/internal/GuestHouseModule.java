package vn.example.guesthouse.impl.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.framework.BundleContext;
import org.partyoffice.platform.api.ModuleInfo;

/** Announces the guest-house module to the platform's registry while it is installed. */
@Component(service = ModuleInfo.class)
public final class GuestHouseModule implements ModuleInfo {

    private final String version;

    @Activate
    public GuestHouseModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return GuestHouseSchema.MODULE;
    }

    @Override
    public String name(String language) {
        return "en".equals(language) ? "Guest house" : "Nhà khách";
    }

    @Override
    public String webPath() {
        // served by guesthouse-rest, installed with the platform's web (where the menu is)
        return "/office/guesthouse/";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public String version() {
        return version;
    }
}
