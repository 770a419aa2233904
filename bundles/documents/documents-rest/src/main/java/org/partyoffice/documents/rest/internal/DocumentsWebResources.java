package org.partyoffice.documents.rest.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Registers the page's static files ({@code /documents-web} in this bundle) at
 * {@code /office/documents/*}; the longer pattern wins over the shell's {@code /office/*}.
 */
@Component(service = DocumentsWebResources.class)
@HttpWhiteboardResource(pattern = "/office/documents/*", prefix = "/documents-web")
public final class DocumentsWebResources {
}
