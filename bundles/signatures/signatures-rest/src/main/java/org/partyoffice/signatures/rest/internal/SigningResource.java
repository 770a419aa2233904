package org.partyoffice.signatures.rest.internal;

import java.io.InputStream;
import java.util.Base64;

import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
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
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.WebConstants;
import org.partyoffice.signatures.api.PdfSignatureOptions;
import org.partyoffice.signatures.api.SignatureService;
import org.partyoffice.signatures.api.VerificationReport;

/**
 * Signing and verification: {@code POST /api/signatures/sign} takes the file as the raw body and
 * the key password in {@code X-Key-Password}, and answers the detached CMS signature (DER).
 * {@code POST /api/signatures/sign-pdf} (raw {@code application/pdf} body, same header; query
 * {@code reason}, {@code location}, {@code visible}, {@code page}, {@code seal=<unitId>} for the
 * unit's seal) answers the signed PDF; {@code POST /api/signatures/verify-pdf} the report.
 */
@Component(service = SigningResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("signatures")
public final class SigningResource {

    /** A file and its detached signature, both base64. */
    public record VerifyBody(String content, String signature) {
    }

    private final SignatureService signatures;

    @Activate
    public SigningResource(@Reference SignatureService signatures) {
        this.signatures = signatures;
    }

    @POST
    @Path("sign")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Produces("application/pkcs7-signature")
    public byte[] sign(InputStream content, @HeaderParam("X-Key-Password") String password) {
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException("X-Key-Password", "give the password of your signing key");
        }
        return signatures.signCms(Limits.read(content, "content"), password.toCharArray());
    }

    @POST
    @Path("verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public VerificationReport verify(VerifyBody body) {
        if (body == null) {
            throw new InvalidInputException("body", "must not be empty");
        }
        return signatures.verifyCms(decode(body.content(), "content"), decode(body.signature(), "signature"));
    }

    @POST
    @Path("sign-pdf")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @Produces("application/pdf")
    public byte[] signPdf(InputStream pdf, @HeaderParam("X-Key-Password") String password,
                          @QueryParam("reason") String reason, @QueryParam("location") String location,
                          @QueryParam("visible") String visible, @QueryParam("page") String page,
                          @QueryParam("seal") String sealUnitId) {
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException("X-Key-Password", "give the password of your signing key");
        }
        boolean shown = flag(visible, "visible");
        int onPage = page == null || page.isBlank() ? 1 : number(page, "page");
        PdfSignatureOptions options = shown
                ? PdfSignatureOptions.visible(reason, onPage).withLocation(location)
                : PdfSignatureOptions.invisible(reason).withLocation(location);
        byte[] body = Limits.read(pdf, "pdf");
        if (sealUnitId != null && !sealUnitId.isBlank()) {
            return signatures.signPdfAsSeal(body, number(sealUnitId, "seal"), password.toCharArray(), options);
        }
        return signatures.signPdf(body, password.toCharArray(), options);
    }

    @POST
    @Path("verify-pdf")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public VerificationReport verifyPdf(InputStream pdf) {
        return signatures.verifyPdf(Limits.read(pdf, "pdf"));
    }

    private static boolean flag(String value, String field) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new InvalidInputException(field, "must be true or false", value);
        };
    }

    private static int number(String value, String field) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number", value);
        }
    }

    private static byte[] decode(String base64, String field) {
        if (base64 == null || base64.isBlank()) {
            throw new InvalidInputException(field, "must not be empty");
        }
        if (base64.length() > Limits.MAX_BYTES / 3 * 4 + 4) {
            throw new Limits.PayloadTooLargeException(field, Limits.MAX_BYTES);
        }
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be base64");
        }
    }
}
