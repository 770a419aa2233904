package ${package}.rest.internal;

import org.osgi.service.component.annotations.Component;
import org.partyoffice.platform.api.ModuleInfo;

/** The module in the platform's registry and menu ({@code /api/modules}). */
@Component(service = ModuleInfo.class)
public final class ${moduleClass}Module implements ModuleInfo {

    @Override
    public String id() {
        return "${moduleId}";
    }

    @Override
    public String name(String language) {
        return "en".equals(language) ? "${moduleClass}" : "${moduleTitle}";
    }

    @Override
    public String webPath() {
        return null;
    }

    @Override
    public int order() {
        return 200;
    }
}
