package org.partyoffice.platform.web.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Registers the shell's static files ({@code /web} in this bundle) at {@code /office/*} on the
 * HTTP Whiteboard. The class has no behaviour: the service properties are the registration.
 */
@Component(service = WebResources.class)
@HttpWhiteboardResource(pattern = "/office/*", prefix = "/web")
public final class WebResources {
}
