package org.partyoffice.platform.api;

/**
 * Names a module needs to join the platform's REST application and web shell: a module's
 * JAX-RS resources select {@link #APPLICATION_SELECT}, so they are served under {@code /api}
 * with the platform's authentication, JSON and problem responses.
 */
public final class WebConstants {
    /** The {@code osgi.jaxrs.name} of the platform's JAX-RS application. */
    public static final String APPLICATION_NAME = "partyoffice";
    /** Filter for {@code osgi.jaxrs.application.select}. */
    public static final String APPLICATION_SELECT = "(osgi.jaxrs.name=" + APPLICATION_NAME + ")";
    /** Base path of the REST API. */
    public static final String API_BASE = "/api";
    /** Base path of the web shell; a module's page lives at {@code /office/<module>/}. */
    public static final String WEB_BASE = "/office";
    /**
     * Service property naming requests that need no sign-in, e.g.
     * {@code "GET /api/signatures/crl"} (a String or String[]). Put it on the module's resource
     * component; the platform's authentication lets exactly those method-and-path pairs through.
     */
    public static final String PUBLIC_PATHS = "partyoffice.public.paths";
    /** Media type of error bodies (RFC 9457). */
    public static final String PROBLEM_JSON = "application/problem+json";

    private WebConstants() {
    }
}
