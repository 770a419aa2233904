package vn.example.guesthouse.rest.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Registers the page's static files ({@code /guesthouse-web} in this bundle) at
 * {@code /office/guesthouse/*}; the longer pattern wins over the shell's {@code /office/*}.
 */
@Component(service = GuestHouseWebResources.class)
@HttpWhiteboardResource(pattern = "/office/guesthouse/*", prefix = "/guesthouse-web")
public final class GuestHouseWebResources {
}
