package org.partyoffice.archives.rest.internal;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.partyoffice.platform.web.spi.PageServlet;

/** The module's page at {@code /office/archives/}; {@link ArchivesWebResources} serves its other files. */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("partyoffice-archives-page")
@HttpWhiteboardServletPattern({"/office/archives", "/office/archives/"})
public final class ArchivesPageServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    public ArchivesPageServlet() {
        super("/office/archives/", "/archives-web/index.html");
    }
}
