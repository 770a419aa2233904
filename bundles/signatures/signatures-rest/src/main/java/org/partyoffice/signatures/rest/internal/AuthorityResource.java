package org.partyoffice.signatures.rest.internal;

import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.WebConstants;
import org.partyoffice.signatures.api.CaInfo;
import org.partyoffice.signatures.api.CertificateAuthority;

/**
 * The CA itself: {@code /api/signatures/ca}, the chain, the CRL and trusted roots. The chain and
 * the CRL are public, as relying parties (and {@code openssl verify -crl_check}) fetch them.
 */
@Component(service = AuthorityResource.class, property = {WebConstants.PUBLIC_PATHS + "=GET /api/signatures/crl",
        WebConstants.PUBLIC_PATHS + "=GET /api/signatures/ca.pem"})
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("signatures")
@Produces(MediaType.APPLICATION_JSON)
public final class AuthorityResource {

    /** A trusted root to import, PEM. */
    public record RootBody(String pem) {
    }

    private final CertificateAuthority ca;

    @Activate
    public AuthorityResource(@Reference CertificateAuthority ca) {
        this.ca = ca;
    }

    @GET
    @Path("ca")
    public CaInfo info() {
        return ca.info();
    }

    @GET
    @Path("ca.pem")
    @Produces("application/x-pem-file")
    public String chain() {
        return ca.chainPem();
    }

    @GET
    @Path("crl")
    @Produces("application/pkix-crl")
    public byte[] crl() {
        return ca.crl();
    }

    @GET
    @Path("trusted-roots")
    public List<String> roots() {
        return ca.trustedRoots();
    }

    @POST
    @Path("trusted-roots")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> importRoot(RootBody body) {
        if (body == null || body.pem() == null || body.pem().isBlank()) {
            throw new InvalidInputException("pem", "must hold a PEM certificate");
        }
        return Map.of("subject", ca.importTrustedRoot(body.pem()));
    }
}
