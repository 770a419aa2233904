package org.partyoffice.signatures.rest.internal;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.JobInfo;
import org.partyoffice.platform.api.WebConstants;
import org.partyoffice.signatures.api.BatchIssuance;
import org.partyoffice.signatures.api.CertificateAuthority;
import org.partyoffice.signatures.api.CertificateInfo;
import org.partyoffice.signatures.api.CertificateProfile;
import org.partyoffice.signatures.api.CertificateQuery;
import org.partyoffice.signatures.api.CertificateStatus;
import org.partyoffice.signatures.api.IssueRequest;
import org.partyoffice.signatures.api.RevocationReason;
import org.partyoffice.signatures.api.SoftToken;

/** The certificate register: {@code /api/signatures/certificates}. */
@Component(service = CertificatesResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("signatures/certificates")
@Produces(MediaType.APPLICATION_JSON)
public final class CertificatesResource {

    /** Whom to certify; {@code profile} is PERSONAL_SIGNING or ORGANISATION_SEAL. */
    public record IssueBody(String profile, String holderLogin, Long unitId, Integer validityDays, String deviceSerial,
                            String csr, String password) {
        IssueRequest toRequest() {
            return new IssueRequest(CertificatesResource.profile(profile), holderLogin, unitId, validityDays == null ? 0 : validityDays,
                    deviceSerial);
        }
    }

    /** Why a certificate is revoked; {@code reason} is a RevocationReason name. */
    public record RevokeBody(String reason) {
    }

    /** Largest batch CSV accepted (thousands of rows, each with a PEM request, fit well within it). */
    static final int MAX_BATCH_BYTES = 20 * 1024 * 1024;

    private final CertificateAuthority ca;
    private final BatchIssuance batch;

    @Activate
    public CertificatesResource(@Reference CertificateAuthority ca, @Reference BatchIssuance batch) {
        this.ca = ca;
        this.batch = batch;
    }

    @GET
    public List<CertificateInfo> search(@QueryParam("q") String text, @QueryParam("holder") String holder,
                                        @QueryParam("unitId") Long unitId, @QueryParam("status") String status,
                                        @QueryParam("profile") String profile, @QueryParam("limit") Integer limit) {
        return ca.search(new CertificateQuery(text, holder, unitId,
                status == null ? null : parse(CertificateStatus.class, status, "status"),
                profile == null ? null : profile(profile), limit == null ? 100 : limit));
    }

    @GET
    @Path("expiring")
    public List<CertificateInfo> expiring(@QueryParam("days") Integer days) {
        int d = days == null ? 30 : days;
        if (d < 1 || d > 3650) {
            throw new InvalidInputException("days", "must be between 1 and 3650", d);
        }
        return ca.expiringWithin(d);
    }

    @GET
    @Path("{serial}")
    public CertificateInfo get(@PathParam("serial") String serial) {
        return ca.find(serial).orElseThrow(() -> new EntityNotFoundException("certificate", serial, "serial"));
    }

    @GET
    @Path("{serial}/pem")
    @Produces("application/x-pem-file")
    public String pem(@PathParam("serial") String serial) {
        return ca.certificatePem(serial);
    }

    /** Issues from a PKCS#10 request (the key stays with its holder). */
    @POST
    @Path("enrol")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response enrol(IssueBody body) {
        requireBody(body);
        CertificateInfo issued = ca.enrol(body.csr(), body.toRequest());
        return Response.created(URI.create("signatures/certificates/" + issued.serial())).entity(issued).build();
    }

    /** Generates the key on the server; the PKCS#12 file comes back once, base64 in {@code pkcs12}. */
    @POST
    @Path("soft-token")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response softToken(IssueBody body) {
        requireBody(body);
        if (body.password() == null || body.password().length() < 10) {
            throw new InvalidInputException("password", "must be at least 10 characters");
        }
        SoftToken token = ca.issueSoftToken(body.toRequest(), body.password().toCharArray());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("certificate", token.certificate());
        result.put("pkcs12", Base64.getEncoder().encodeToString(token.pkcs12()));
        return Response.created(URI.create("signatures/certificates/" + token.certificate().serial()))
                .entity(result).build();
    }

    /**
     * Batch issuance from a UTF-8 CSV ({@code login,profile,unitId,validityDays,csr}); answers 202 with
     * the job at once, whose progress and per-row report {@code /api/jobs/{id}} shows. Soft tokens of
     * rows without a csr are protected with {@code X-Token-Password} and kept on the server only.
     */
    @POST
    @Path("batch")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response batch(InputStream body, @HeaderParam("X-Token-Password") String password) {
        byte[] csv = Limits.read(body, "csv", MAX_BATCH_BYTES);
        JobInfo job = batch.submit(new String(csv, StandardCharsets.UTF_8), password == null ? null : password.toCharArray());
        return Response.accepted(job).location(URI.create("jobs/" + job.id())).build();
    }

    @POST
    @Path("{serial}/renew")
    public CertificateInfo renew(@PathParam("serial") String serial) {
        return ca.renew(serial);
    }

    @POST
    @Path("{serial}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    public CertificateInfo revoke(@PathParam("serial") String serial, RevokeBody body) {
        RevocationReason reason = body == null || body.reason() == null ? RevocationReason.UNSPECIFIED
                : parse(RevocationReason.class, body.reason(), "reason");
        return ca.revoke(serial, reason);
    }

    private static void requireBody(Object body) {
        if (body == null) {
            throw new InvalidInputException("body", "must not be empty");
        }
    }

    static CertificateProfile profile(String value) {
        return value == null ? CertificateProfile.PERSONAL_SIGNING : parse(CertificateProfile.class, value, "profile");
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()), value);
        }
    }
}
