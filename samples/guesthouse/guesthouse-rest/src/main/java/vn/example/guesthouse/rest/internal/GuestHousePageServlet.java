package vn.example.guesthouse.rest.internal;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.partyoffice.platform.web.spi.PageServlet;

/** The module's page at {@code /office/guesthouse/}; {@link GuestHouseWebResources} serves its other files. */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("guesthouse-page")
@HttpWhiteboardServletPattern({"/office/guesthouse", "/office/guesthouse/"})
public final class GuestHousePageServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    public GuestHousePageServlet() {
        super("/office/guesthouse/", "/guesthouse-web/index.html");
    }
}
