package org.partyoffice.platform.core.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.partyoffice.platform.api.ModuleDescriptor;
import org.partyoffice.platform.api.ModuleInfo;
import org.partyoffice.platform.api.ModuleRegistry;

/** The modules whose {@link ModuleInfo} service is registered right now. */
@Component(service = ModuleRegistry.class)
public final class WhiteboardModuleRegistry implements ModuleRegistry {

    private final Map<Long, ModuleDescriptor> modules = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(ModuleInfo info, ServiceReference<ModuleInfo> ref) {
        modules.put((Long) ref.getProperty(Constants.SERVICE_ID), new ModuleDescriptor(info.id(), info.name("vi"),
                info.name("en"), info.webPath(), info.order(), info.version(), ref.getBundle().getSymbolicName()));
    }

    void removeModule(ServiceReference<ModuleInfo> ref) {
        modules.remove((Long) ref.getProperty(Constants.SERVICE_ID));
    }

    @Override
    public List<ModuleDescriptor> modules() {
        return modules.values().stream()
                .sorted(Comparator.comparingInt(ModuleDescriptor::order).thenComparing(ModuleDescriptor::id))
                .toList();
    }
}
