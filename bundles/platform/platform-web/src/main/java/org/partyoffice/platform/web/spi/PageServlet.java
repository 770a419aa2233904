package org.partyoffice.platform.web.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A page of the web shell: its folder URL answers its {@code index.html}, the URL without the
 * final slash is redirected there. Register a subclass as a named whiteboard servlet with the
 * exact patterns {@code /office/<module>} and {@code /office/<module>/} (exact patterns win over the
 * module's resource at {@code /office/<module>/*}, which serves every other file; pax-web keeps only
 * one unnamed servlet per context, hence the name). A whiteboard resource alone cannot do this: it
 * does not map a folder to its index file.
 */
@ConsumerType
public abstract class PageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The shell's policy: a page loads only its own files and talks only to its own origin. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    private final String folder;
    private final String index;

    /**
     * @param folder the page's URL, with its final slash, e.g. {@code /office/meetings/}
     * @param index  the {@code index.html} in the subclass's bundle, e.g. {@code /meetings-web/index.html}
     */
    protected PageServlet(String folder, String index) {
        this.folder = folder;
        this.index = index;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!path.endsWith("/")) {
            res.sendRedirect(req.getContextPath() + folder);
            return;
        }
        // getClass(): the subclass's bundle holds the page.
        try (InputStream in = getClass().getResourceAsStream(index)) {
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
