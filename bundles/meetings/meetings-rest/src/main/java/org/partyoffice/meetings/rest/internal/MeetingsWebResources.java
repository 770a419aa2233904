package org.partyoffice.meetings.rest.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Registers the module page's static files ({@code /meetings-web} in this bundle) at
 * {@code /office/meetings/*}; the longer pattern wins over the shell's {@code /office/*}.
 */
@Component(service = MeetingsWebResources.class)
@HttpWhiteboardResource(pattern = "/office/meetings/*", prefix = "/meetings-web")
public final class MeetingsWebResources {
}
