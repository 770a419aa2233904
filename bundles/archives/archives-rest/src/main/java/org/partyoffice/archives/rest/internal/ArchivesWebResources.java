package org.partyoffice.archives.rest.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Registers the page's static files ({@code /archives-web} in this bundle) at
 * {@code /office/archives/*}; the longer pattern wins over the shell's {@code /office/*}.
 */
@Component(service = ArchivesWebResources.class)
@HttpWhiteboardResource(pattern = "/office/archives/*", prefix = "/archives-web")
public final class ArchivesWebResources {
}
