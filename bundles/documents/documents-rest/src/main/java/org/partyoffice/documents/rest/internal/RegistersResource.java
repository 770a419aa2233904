package org.partyoffice.documents.rest.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import org.partyoffice.documents.api.CongressRegister;
import org.partyoffice.documents.api.DocumentType;
import org.partyoffice.documents.api.NumberingPolicy;
import org.partyoffice.documents.api.Register;
import org.partyoffice.documents.api.RegisterService;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.WebConstants;

/** Document types, the issuing units' registers, and a register's export for a period. */
@Component(service = RegistersResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("documents")
@Produces(MediaType.APPLICATION_JSON)
public final class RegistersResource {

    /** A type's name and whether it takes new drafts ({@code active} absent: true). */
    public record TypeBody(String name, Boolean active) {
    }

    /** A register: issuer abbreviation, TERM or YEAR, and the current term like 2025-2030. */
    public record RegisterBody(String issuer, String policy, String term) {
    }

    /** A Congress register: name, abbreviation (ĐH when empty), period label, ISO days. */
    public record CongressBody(String name, String issuer, String period, String opensOn, String closesOn) {
    }

    private final RegisterService registers;

    @Activate
    public RegistersResource(@Reference RegisterService registers) {
        this.registers = registers;
    }

    @GET
    @Path("types")
    public List<DocumentType> types() {
        return registers.types();
    }

    @PUT
    @Path("types/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DocumentType saveType(@PathParam("code") String code, TypeBody body) {
        TypeBody b = Params.required(body, "name");
        return registers.saveType(new DocumentType(code, b.name(), b.active() == null || b.active()));
    }

    @GET
    @Path("registers")
    public List<Register> registers() {
        return registers.registers();
    }

    @PUT
    @Path("registers/{unitId: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Register saveRegister(@PathParam("unitId") long unitId, RegisterBody body) {
        RegisterBody b = Params.required(body, "body");
        return registers.saveRegister(new Register(unitId, b.issuer(),
                Params.required(Params.enumValue(NumberingPolicy.class, b.policy(), "policy"), "policy"), b.term()));
    }

    @GET
    @Path("registers/{unitId: \\d+}/congresses")
    public List<CongressRegister> congresses(@PathParam("unitId") long unitId) {
        return registers.congresses(unitId);
    }

    @POST
    @Path("registers/{unitId: \\d+}/congresses")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addCongress(@PathParam("unitId") long unitId, CongressBody body) {
        CongressRegister saved = registers.saveCongress(congress(0, unitId, body));
        return Response.status(Response.Status.CREATED).entity(saved).build();
    }

    @PUT
    @Path("registers/{unitId: \\d+}/congresses/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CongressRegister saveCongress(@PathParam("unitId") long unitId, @PathParam("id") long id, CongressBody body) {
        return registers.saveCongress(congress(id, unitId, body));
    }

    private static CongressRegister congress(long id, long unitId, CongressBody body) {
        CongressBody b = Params.required(body, "body");
        return new CongressRegister(id, unitId, b.name(), b.issuer(), b.period(), Params.date(b.opensOn(), "opensOn"),
                Params.date(b.closesOn(), "closesOn"));
    }

    /**
     * The register of promulgated documents for {@code from}..{@code to} (default: this year) as
     * CSV (default) or a printable PDF, only what the reader may see.
     */
    @GET
    @Path("registers/{unitId: \\d+}/export")
    @Produces({"text/csv", "application/pdf", MediaType.APPLICATION_JSON})
    public Response export(@PathParam("unitId") long unitId, @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("format") String format) {
        LocalDate today = LocalDate.now();
        LocalDate start = orElse(Params.date(from, "from"), today.withDayOfYear(1));
        LocalDate end = orElse(Params.date(to, "to"), today.withDayOfYear(today.lengthOfYear()));
        String kind = format == null || format.isBlank() ? "csv" : format.strip().toLowerCase(Locale.ROOT);
        String name = "so-van-ban-di-" + unitId + "-" + start + "-" + end + "." + kind;
        return switch (kind) {
            case "csv" -> Response.ok(registers.exportCsv(unitId, start, end), "text/csv;charset=UTF-8")
                    .header("Content-Disposition", Downloads.attachment(name)).build();
            case "pdf" -> Response.ok(registers.exportPdf(unitId, start, end), "application/pdf")
                    .header("Content-Disposition", Downloads.attachment(name)).build();
            default -> throw new InvalidInputException("format", "must be csv or pdf", format);
        };
    }

    private static LocalDate orElse(LocalDate value, LocalDate dflt) {
        return value == null ? dflt : value;
    }
}
