package org.partyoffice.meetings.rest.internal;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.partyoffice.platform.web.spi.PageServlet;

/** The module's page at {@code /office/meetings/}; {@link MeetingsWebResources} serves its other files. */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("partyoffice-meetings-page")
@HttpWhiteboardServletPattern({"/office/meetings", "/office/meetings/"})
public final class MeetingsPageServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    public MeetingsPageServlet() {
        super("/office/meetings/", "/meetings-web/index.html");
    }
}
