package org.partyoffice.meetings.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Serves the module's page at {@code /office/meetings/} (and sends {@code /office/meetings}
 * there): a whiteboard resource does not map a folder to its index file. Exact patterns win over
 * {@link MeetingsWebResources}' {@code /office/meetings/*}, which serves every other file.
 */
@Component(service = Servlet.class)
// Named: pax-web keeps only one unnamed servlet per context.
@HttpWhiteboardServletName("partyoffice-meetings-page")
@HttpWhiteboardServletPattern({"/office/meetings", "/office/meetings/"})
public final class MeetingsPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String INDEX = "/meetings-web/index.html";

    // Same policy as the shell: only its own files, only its own origin.
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!path.endsWith("/")) {
            res.sendRedirect(req.getContextPath() + "/office/meetings/");
            return;
        }
        try (InputStream in = MeetingsPageServlet.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                res.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            byte[] page = in.readAllBytes();
            res.setContentType("text/html;charset=UTF-8");
            res.setHeader("Cache-Control", "no-cache");
            res.setHeader("Content-Security-Policy", CSP);
            res.setHeader("X-Content-Type-Options", "nosniff");
            res.setHeader("X-Frame-Options", "SAMEORIGIN");
            res.setHeader("Referrer-Policy", "same-origin");
            res.setContentLength(page.length);
            if (!"HEAD".equals(req.getMethod())) {
                try (OutputStream out = res.getOutputStream()) {
                    out.write(page);
                }
            }
        }
    }
}
