package org.partyoffice.signatures.rest.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Registers the module page's static files ({@code /signatures-web} in this bundle) at
 * {@code /office/signatures/*}; the longer pattern wins over the shell's {@code /office/*}.
 */
@Component(service = SignaturesWebResources.class)
@HttpWhiteboardResource(pattern = "/office/signatures/*", prefix = "/signatures-web")
public final class SignaturesWebResources {
}
