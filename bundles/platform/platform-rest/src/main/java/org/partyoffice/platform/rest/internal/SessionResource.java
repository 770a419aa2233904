package org.partyoffice.platform.rest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.partyoffice.platform.api.Account;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.WebConstants;

/** The web shell's sign-in: {@code POST /api/session} sets an HttpOnly cookie; {@code DELETE} ends it. */
@Component(service = SessionResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public final class SessionResource {

    /** Credentials for signing in. */
    public record Credentials(String login, String password) {
    }

    private final Authenticator authenticator;
    private final SessionStore sessions;
    private final CurrentUser user;

    @Activate
    public SessionResource(@Reference Authenticator authenticator, @Reference SessionStore sessions,
                           @Reference CurrentUser user) {
        this.authenticator = authenticator;
        this.sessions = sessions;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(Credentials credentials, @Context HttpServletRequest request) throws Exception {
        if (credentials == null || credentials.login() == null || credentials.login().isBlank()) {
            throw new InvalidInputException("login", "must not be empty");
        }
        if (credentials.password() == null || credentials.password().isEmpty()) {
            throw new InvalidInputException("password", "must not be empty");
        }
        String login = authenticator.authenticate(credentials.login().trim(), credentials.password()).orElse(null);
        if (login == null) {
            return Problems.response(401, "unauthenticated", "wrong login or password, or the account is disabled", null);
        }
        Account account = user.callAs(login, () -> user.account().orElseThrow());
        String token = sessions.open(login);
        String cookie = SessionStore.COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict"
                + (request != null && request.isSecure() ? "; Secure" : "");
        return Response.ok(describe(account)).header("Set-Cookie", cookie).build();
    }

    @GET
    public Map<String, Object> whoAmI() {
        return describe(user.account().orElseThrow());
    }

    @DELETE
    public Response signOut(@Context HttpServletRequest request) {
        sessions.close(ApiSecurityFilter.sessionToken(request));
        return Response.noContent()
                .header("Set-Cookie", SessionStore.COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0").build();
    }

    static Map<String, Object> describe(Account a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("login", a.login());
        m.put("fullName", a.fullName());
        m.put("roles", List.copyOf(new java.util.TreeSet<>(a.roles())));
        m.put("clearance", a.clearance());
        m.put("clearanceLabel", a.clearance().label("vi"));
        m.put("unitId", a.unitId());
        return m;
    }
}
