package org.partyoffice.finance.rest.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.GET;
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
import org.partyoffice.finance.api.FinanceReports;
import org.partyoffice.finance.api.ReportFormat;
import org.partyoffice.finance.api.ReportKind;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.WebConstants;
import org.partyoffice.platform.rest.spi.Input;

/**
 * The module's four reports ({@code trial-balance}, {@code budget-execution}, {@code dues-collection},
 * {@code assets}) of a unit's year, for the unit or rolled up over its subtree: as a table
 * ({@code GET /api/finance/reports/{kind}}) or a file ({@code .../{kind}.csv}, {@code .../{kind}.pdf}),
 * exactly as {@link FinanceReports} makes them.
 */
@Component(service = ReportsResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("finance/reports")
@Produces(MediaType.APPLICATION_JSON)
public final class ReportsResource {

    /** A report as a table: Vietnamese headings and rows of text, the last row the totals. */
    public record ReportView(String kind, long unitId, int year, boolean rolledUp, List<String> header, List<List<String>> rows) {
    }

    private final FinanceReports reports;
    private final CurrentUser user;

    @Activate
    public ReportsResource(@Reference FinanceReports reports, @Reference CurrentUser user) {
        this.reports = reports;
        this.user = user;
    }

    @GET
    @Path("{kind: [a-z-]+}")
    public ReportView table(@PathParam("kind") String kind, @QueryParam("unitId") String unitId,
                            @QueryParam("year") String year, @QueryParam("rollUp") String rollUp) {
        ReportKind k = kind(kind);
        long unit = Units.of(unitId, user);
        int y = year(year);
        boolean roll = Input.flag(rollUp, "rollUp", false);
        return new ReportView(kind, unit, y, roll, reports.header(k), reports.rows(k, unit, y, roll));
    }

    @GET
    @Path("{kind: [a-z-]+}.{format: [a-z]+}")
    @Produces({"text/csv;charset=UTF-8", "application/pdf"})
    public Response file(@PathParam("kind") String kind, @PathParam("format") String format,
                         @QueryParam("unitId") String unitId, @QueryParam("year") String year,
                         @QueryParam("rollUp") String rollUp) {
        ReportKind k = kind(kind);
        ReportFormat f = Input.requiredEnum(ReportFormat.class, format, "format");
        long unit = Units.of(unitId, user);
        int y = year(year);
        boolean roll = Input.flag(rollUp, "rollUp", false);
        byte[] body = reports.export(k, f, unit, y, roll);
        String name = kind + "-" + unit + "-" + y + (roll ? "-rollup" : "") + "." + f.name().toLowerCase(Locale.ROOT);
        // a PDF opens in the browser to be printed; a CSV is saved for the spreadsheet
        return f == ReportFormat.CSV ? file(body, "text/csv;charset=UTF-8", name, true) : file(body, "application/pdf", name, false);
    }

    /** {@code trial-balance} is {@link ReportKind#TRIAL_BALANCE}; anything else is a 422 naming {@code kind}. */
    private static ReportKind kind(String kind) {
        String k = Input.required(kind, "kind");
        for (ReportKind r : ReportKind.values()) {
            if (name(r).equals(k)) {
                return r;
            }
        }
        throw new InvalidInputException("kind", "must be one of trial-balance, budget-execution, dues-collection, assets", kind);
    }

    private static String name(ReportKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A year left out is the current one in the office's zone. */
    static int year(String year) {
        Integer y = Input.optionalInt(year, "year");
        return y == null ? LocalDate.now(Input.OFFICE_ZONE).getYear() : y;
    }

    static Response file(byte[] body, String type, String name, boolean attachment) {
        return Response.ok(body, type).header("Content-Disposition",
                (attachment ? "attachment" : "inline") + "; filename=\"" + name + "\"").build();
    }
}
