package org.partyoffice.signatures.rest.internal;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.partyoffice.platform.web.spi.PageServlet;

/** The module's page at {@code /office/signatures/}; {@link SignaturesWebResources} serves its other files. */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("partyoffice-signatures-page")
@HttpWhiteboardServletPattern({"/office/signatures", "/office/signatures/"})
public final class SignaturesPageServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    public SignaturesPageServlet() {
        super("/office/signatures/", "/signatures-web/index.html");
    }
}
