package org.partyoffice.platform.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.partyoffice.platform.api.AuditEntry;
import org.partyoffice.platform.api.AuditQuery;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.AuditVerification;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.WebConstants;

/** The audit trail: {@code /api/audit} (query) and {@code /api/audit/verify}, for administrators. */
@Component(service = AuditResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public final class AuditResource {

    private final AuditTrail audit;
    private final CurrentUser user;

    @Activate
    public AuditResource(@Reference AuditTrail audit, @Reference CurrentUser user) {
        this.audit = audit;
        this.user = user;
    }

    @GET
    public List<AuditEntry> query(@QueryParam("actor") String actor, @QueryParam("module") String module,
                                  @QueryParam("action") String action, @QueryParam("objectId") String objectId,
                                  @QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("limit") String limit) {
        user.requireAnyRole(Roles.ADMIN, Roles.IT_ADMIN);
        return audit.query(new AuditQuery(actor, module, action, objectId, Params.instant(from, "from"),
                Params.instant(to, "to"), Params.limit(limit, 100, 10_000)));
    }

    @GET
    @Path("verify")
    public AuditVerification verify() {
        user.requireAnyRole(Roles.ADMIN, Roles.IT_ADMIN);
        return audit.verify();
    }
}
