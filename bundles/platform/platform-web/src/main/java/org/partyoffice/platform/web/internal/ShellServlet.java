package org.partyoffice.platform.web.internal;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.partyoffice.platform.web.spi.PageServlet;

/** The shell's own page at {@code /office/}; every other file comes from {@link WebResources}. */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("partyoffice-web-shell")
@HttpWhiteboardServletPattern({"/office", "/office/"})
public final class ShellServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    public ShellServlet() {
        super("/office/", "/web/index.html");
    }
}
