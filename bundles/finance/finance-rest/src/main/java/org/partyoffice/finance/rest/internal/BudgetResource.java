package org.partyoffice.finance.rest.internal;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
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
import org.partyoffice.finance.api.BudgetExecution;
import org.partyoffice.finance.api.BudgetLine;
import org.partyoffice.finance.api.BudgetService;
import org.partyoffice.finance.api.Expenditure;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.WebConstants;
import org.partyoffice.platform.rest.spi.Input;
import org.partyoffice.platform.rest.spi.Responses;

/**
 * Budgets: lines ({@code GET/POST /api/finance/budget/lines}, approve, allocate), the execution
 * report, and expenditures against a line (request, approve, reject, pay). Roles and the
 * overspending rule are the service's.
 */
@Component(service = BudgetResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("finance/budget")
@Produces(MediaType.APPLICATION_JSON)
public final class BudgetResource {

    /** A new draft line; {@code account} left out means the configured expense account. */
    public record LineRequest(String unitId, String year, String category, String title, String estimate, String account) {
    }

    public record AllocationRequest(String amount, String note) {
    }

    public record ExpenditureRequest(String title, String amount, String reference) {
    }

    public record DecisionRequest(String note) {
    }

    public record PaymentRequest(String date) {
    }

    private final BudgetService budgets;
    private final CurrentUser user;

    @Activate
    public BudgetResource(@Reference BudgetService budgets, @Reference CurrentUser user) {
        this.budgets = budgets;
        this.user = user;
    }

    @GET
    @Path("lines")
    public List<BudgetLine> lines(@QueryParam("unitId") String unitId, @QueryParam("year") String year,
                                  @QueryParam("rollUp") String rollUp) {
        return budgets.lines(Units.of(unitId, user), year(year), Input.flag(rollUp, "rollUp", false));
    }

    @POST
    @Path("lines")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response estimate(LineRequest request) {
        LineRequest r = Input.body(request);
        return Responses.created(budgets.estimate(Units.of(r.unitId(), user), year(r.year()), r.category(), r.title(),
                Input.requiredLong(r.estimate(), "estimate"), r.account()));
    }

    @GET
    @Path("lines/{id: \\d+}")
    public BudgetLine line(@PathParam("id") long id) {
        return budgets.line(id).orElseThrow(() -> new EntityNotFoundException("budget line", id, "id"));
    }

    @POST
    @Path("lines/{id: \\d+}/approve")
    public BudgetLine approve(@PathParam("id") long id) {
        return budgets.approve(id);
    }

    @POST
    @Path("lines/{id: \\d+}/allocate")
    @Consumes(MediaType.APPLICATION_JSON)
    public BudgetLine allocate(@PathParam("id") long id, AllocationRequest request) {
        AllocationRequest r = Input.body(request);
        return budgets.allocate(id, Input.requiredLong(r.amount(), "amount"), r.note());
    }

    @GET
    @Path("execution")
    public List<BudgetExecution> execution(@QueryParam("unitId") String unitId, @QueryParam("year") String year,
                                           @QueryParam("rollUp") String rollUp) {
        return budgets.execution(Units.of(unitId, user), year(year), Input.flag(rollUp, "rollUp", false));
    }

    @GET
    @Path("lines/{id: \\d+}/expenditures")
    public List<Expenditure> expenditures(@PathParam("id") long id) {
        line(id);
        return budgets.expenditures(id);
    }

    @POST
    @Path("lines/{id: \\d+}/expenditures")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response requestExpenditure(@PathParam("id") long id, ExpenditureRequest request) {
        ExpenditureRequest r = Input.body(request);
        return Responses.created(budgets.requestExpenditure(id, r.title(), Input.requiredLong(r.amount(), "amount"), r.reference()));
    }

    @GET
    @Path("expenditures/{id: \\d+}")
    public Expenditure expenditure(@PathParam("id") long id) {
        return budgets.expenditure(id).orElseThrow(() -> new EntityNotFoundException("expenditure", id, "id"));
    }

    @POST
    @Path("expenditures/{id: \\d+}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Expenditure approveExpenditure(@PathParam("id") long id, DecisionRequest request) {
        return budgets.approveExpenditure(id, request == null ? null : request.note());
    }

    @POST
    @Path("expenditures/{id: \\d+}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public Expenditure rejectExpenditure(@PathParam("id") long id, DecisionRequest request) {
        return budgets.rejectExpenditure(id, Input.body(request).note());
    }

    @POST
    @Path("expenditures/{id: \\d+}/pay")
    @Consumes(MediaType.APPLICATION_JSON)
    public Expenditure pay(@PathParam("id") long id, PaymentRequest request) {
        PaymentRequest r = Input.body(request);
        LocalDate date = r.date() == null || r.date().isBlank() ? LocalDate.now(Input.OFFICE_ZONE)
                : Input.requiredDate(r.date(), "date");
        return budgets.pay(id, date);
    }

    /** A year left out is the current one in the office's zone. */
    private static int year(String year) {
        Integer y = Input.optionalInt(year, "year");
        return y == null ? LocalDate.now(Input.OFFICE_ZONE).getYear() : y;
    }
}
