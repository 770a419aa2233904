package org.partyoffice.documents.rest.internal;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.partyoffice.platform.web.spi.PageServlet;

/** The module's page at {@code /office/documents/}; {@link DocumentsWebResources} serves its other files. */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("partyoffice-documents-page")
@HttpWhiteboardServletPattern({"/office/documents", "/office/documents/"})
public final class DocumentsPageServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    public DocumentsPageServlet() {
        super("/office/documents/", "/documents-web/index.html");
    }
}
