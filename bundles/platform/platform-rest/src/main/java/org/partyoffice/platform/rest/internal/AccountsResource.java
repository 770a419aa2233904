package org.partyoffice.platform.rest.internal;

import java.net.URI;
import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.partyoffice.platform.api.Account;
import org.partyoffice.platform.api.AccountChange;
import org.partyoffice.platform.api.AccountService;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.WebConstants;

/** Accounts: {@code /api/accounts}, for administrators and IT administrators. */
@Component(service = AccountsResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
public final class AccountsResource {

    /** A new account or an edit; {@code clearance} is UNCLASSIFIED, MAT, TOI_MAT or TUYET_MAT. */
    public record AccountRequest(String login, String fullName, String password, Set<String> roles,
                                 String clearance, Long unitId, Boolean enabled) {
        AccountChange toChange() {
            return new AccountChange(login, fullName, password, roles,
                    clearance == null ? null : Clearance.parse(clearance), unitId, enabled);
        }
    }

    private final AccountService accounts;
    private final CurrentUser user;
    private final Authenticator authenticator;
    private final SessionStore sessions;

    @Activate
    public AccountsResource(@Reference AccountService accounts, @Reference CurrentUser user,
                            @Reference Authenticator authenticator, @Reference SessionStore sessions) {
        this.accounts = accounts;
        this.user = user;
        this.authenticator = authenticator;
        this.sessions = sessions;
    }

    @GET
    public List<Account> list() {
        user.requireAnyRole(Roles.ADMIN, Roles.IT_ADMIN);
        return accounts.list();
    }

    @GET
    @Path("{login}")
    public Account get(@PathParam("login") String login) {
        if (!login.equals(user.login())) {
            user.requireAnyRole(Roles.ADMIN, Roles.IT_ADMIN);
        }
        return accounts.find(login).orElseThrow(() -> new EntityNotFoundException("account", login, "login"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(AccountRequest request) {
        Account a = accounts.create(Params.required(request, "body").toChange());
        return Response.created(URI.create("accounts/" + a.login())).entity(a).build();
    }

    @PUT
    @Path("{login}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Account update(@PathParam("login") String login, AccountRequest request) {
        Account a = accounts.update(login, Params.required(request, "body").toChange());
        if (request.password() != null || Boolean.FALSE.equals(request.enabled())) {
            // Old credentials and sessions must stop working at once.
            authenticator.forget();
            sessions.closeAll(login);
        }
        return a;
    }
}
