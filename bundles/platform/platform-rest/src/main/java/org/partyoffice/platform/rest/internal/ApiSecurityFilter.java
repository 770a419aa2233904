package org.partyoffice.platform.rest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.AnyService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.WebConstants;

/**
 * Authenticates every {@code /api} request (HTTP Basic or the web shell's session cookie) and runs
 * the rest of the request as that account, so every module's resources and services see the same
 * {@link CurrentUser}. A servlet filter rather than a JAX-RS filter because only a filter that
 * wraps the whole call can bind the user around it and unbind it afterwards. It joins every
 * servlet context because Aries serves each JAX-RS application in a context of its own, and it
 * carries a name because pax-web gives unnamed filters one shared default name and then drops
 * all but one of them.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterPattern("/*")
@HttpWhiteboardFilterName("partyoffice-api-security")
@HttpWhiteboardContextSelect("(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "=*)")
public final class ApiSecurityFilter implements Filter {

    private static final Set<String> PUBLIC = Set.of("GET /api/health", "GET /api/openapi.json", "POST /api/session");

    /** Public paths announced by modules with {@link WebConstants#PUBLIC_PATHS}, per service id. */
    private final Map<Long, Set<String>> modulePublic = new ConcurrentHashMap<>();

    private final Authenticator authenticator;
    private final SessionStore sessions;
    private final CurrentUser user;

    private final long maxRequestBytes;

    @Activate
    public ApiSecurityFilter(@Reference Authenticator authenticator, @Reference SessionStore sessions,
                             @Reference CurrentUser user, Authenticator.Config config) {
        this.authenticator = authenticator;
        this.sessions = sessions;
        this.user = user;
        this.maxRequestBytes = config.maxRequestMegabytes() * 1024L * 1024L;
    }

    @Reference(service = AnyService.class, target = "(" + WebConstants.PUBLIC_PATHS + "=*)",
            cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPublicPaths(ServiceReference<?> ref) {
        Object value = ref.getProperty(WebConstants.PUBLIC_PATHS);
        Set<String> paths = new HashSet<>();
        if (value instanceof String one) {
            paths.add(one.trim());
        } else if (value instanceof String[] many) {
            for (String p : many) {
                paths.add(p.trim());
            }
        }
        modulePublic.put((Long) ref.getProperty(Constants.SERVICE_ID), Set.copyOf(paths));
    }

    void removePublicPaths(ServiceReference<?> ref) {
        modulePublic.remove((Long) ref.getProperty(Constants.SERVICE_ID));
    }

    private boolean isPublic(String request) {
        if (PUBLIC.contains(request)) {
            return true;
        }
        for (Set<String> paths : modulePublic.values()) {
            if (paths.contains(request)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void init(javax.servlet.FilterConfig config) {
        // nothing to set up: collaborators come from DS
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
        req.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String path = req.getRequestURI();
        if (!path.startsWith(WebConstants.API_BASE + "/")) {
            chain.doFilter(request, response);
            return;
        }
        if (req.getContentLengthLong() > maxRequestBytes) {
            problem(req, res, 413, "payload-too-large", "the request body is larger than "
                    + (maxRequestBytes / (1024 * 1024)) + " MB");
            return;
        }
        if (isPublic(req.getMethod() + " " + path) || "OPTIONS".equals(req.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> login = basicLogin(req);
        if (login.isEmpty() && req.getHeader("Authorization") == null) {
            login = sessions.login(sessionToken(req));
        }
        if (login.isEmpty()) {
            unauthorized(req, res, req.getHeader("Authorization") == null
                    ? "sign in: send HTTP Basic credentials or the session cookie from POST /api/session"
                    : "wrong login or password, or the account is disabled");
            return;
        }
        try {
            user.callAs(login.get(), () -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (AccessDeniedException disabled) {
            unauthorized(req, res, disabled.getMessage());
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }

    private Optional<String> basicLogin(HttpServletRequest req) {
        String header = req.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return authenticator.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    static String sessionToken(HttpServletRequest req) {
        Cookie[] cookies = req.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (SessionStore.COOKIE.equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    private static void unauthorized(HttpServletRequest req, HttpServletResponse res, String detail) throws IOException {
        // The web shell asks for no challenge, so the browser shows our login form, not its own dialog.
        if (!"XMLHttpRequest".equals(req.getHeader("X-Requested-With"))) {
            res.setHeader("WWW-Authenticate", "Basic realm=\"Party Office\", charset=\"UTF-8\"");
        }
        problem(req, res, 401, "unauthenticated", detail);
    }

    private static void problem(HttpServletRequest req, HttpServletResponse res, int status, String type, String detail)
            throws IOException {
        res.setStatus(status);
        res.setContentType(WebConstants.PROBLEM_JSON + ";charset=UTF-8");
        res.getOutputStream().write(JsonProvider.MAPPER.writeValueAsBytes(Problems.body(status, type, detail, null)));
    }
}
