package org.partyoffice.platform.web.internal;

import java.io.IOException;
import java.util.Locale;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.partyoffice.platform.web.spi.PageServlet;

/**
 * Everything under {@code /office} is UTF-8 (Vietnamese labels), but the whiteboard's resource
 * servlet sends {@code .js} and {@code .css} without a charset; this adds it to every text type,
 * for the shell's files and for module pages alike. It also asks browsers to revalidate, so a
 * module upgrade shows at once.
 */
@Component(service = Filter.class)
// Named: pax-web gives unnamed filters one shared default name, and a second unnamed filter in the
// same context is then left unregistered (here that was the API's authentication filter).
@HttpWhiteboardFilterName("partyoffice-web-charset")
@HttpWhiteboardFilterPattern("/office/*")
public final class TextCharsetFilter implements Filter {

    @Override
    public void init(FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void destroy() {
        // nothing to release
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        res.setHeader("Cache-Control", "no-cache");
        res.setHeader("X-Content-Type-Options", "nosniff");
        if (req.getRequestURI().equals(req.getContextPath() + "/office/index.html")) {
            // the same page as /office/, so the same policy
            res.setHeader("Content-Security-Policy", PageServlet.CSP);
            res.setHeader("X-Frame-Options", "SAMEORIGIN");
            res.setHeader("Referrer-Policy", "same-origin");
        }
        chain.doFilter(request, new Utf8Response(res));
    }

    static String withCharset(String type) {
        if (type == null) {
            return null;
        }
        String t = type.toLowerCase(Locale.ROOT);
        boolean text = t.startsWith("text/") || t.startsWith("application/javascript")
                || t.startsWith("application/json") || t.startsWith("image/svg+xml") || t.endsWith("+json");
        return text && !t.contains("charset=") ? type + ";charset=UTF-8" : type;
    }

    private static final class Utf8Response extends HttpServletResponseWrapper {
        Utf8Response(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(withCharset(type));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Content-Type".equalsIgnoreCase(name) ? withCharset(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "Content-Type".equalsIgnoreCase(name) ? withCharset(value) : value);
        }
    }
}
