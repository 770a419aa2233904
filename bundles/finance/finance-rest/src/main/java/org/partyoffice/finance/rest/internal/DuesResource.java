package org.partyoffice.finance.rest.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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
import org.partyoffice.finance.api.DuesPayment;
import org.partyoffice.finance.api.DuesRule;
import org.partyoffice.finance.api.DuesService;
import org.partyoffice.finance.api.DuesStatus;
import org.partyoffice.finance.api.Member;
import org.partyoffice.finance.api.Remittance;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.WebConstants;
import org.partyoffice.platform.rest.spi.Input;
import org.partyoffice.platform.rest.spi.Responses;

/**
 * Party dues: members ({@code GET/POST /api/finance/dues/members}), the rules, a unit's dues for
 * one month, a collection per member and month, the remittance upward, and the arrears report as
 * JSON or CSV. The rules, shares and roles are the service's; this class only parses and maps.
 */
@Component(service = DuesResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("finance/dues")
@Produces(MediaType.APPLICATION_JSON)
public final class DuesResource {

    /** A new member; {@code unitId} left out means the caller's unit, {@code duesFrom} left out this month. */
    public record MemberRequest(String unitId, String fullName, String category, String baseVnd, String duesFrom) {
    }

    /** Dues paid; {@code amountVnd} left out means the member's computed monthly dues, {@code paidOn} today. */
    public record CollectionRequest(String month, String amountVnd, String paidOn) {
    }

    /** {@code unitId} left out means the caller's unit, {@code date} today. */
    public record RemitRequest(String unitId, String date) {
    }

    /** A member's dues over months, with the arrears the api derives by a method Jackson leaves out. */
    public record StatusView(long memberId, String fullName, long unitId, int months, long dueVnd, long paidVnd, long arrearsVnd) {
        static StatusView of(DuesStatus s) {
            return new StatusView(s.memberId(), s.fullName(), s.unitId(), s.months(), s.dueVnd(), s.paidVnd(), s.arrearsVnd());
        }
    }

    public record OwedView(long unitId, long owedVnd) {
    }

    private final DuesService dues;
    private final CurrentUser user;

    @Activate
    public DuesResource(@Reference DuesService dues, @Reference CurrentUser user) {
        this.dues = dues;
        this.user = user;
    }

    @GET
    @Path("rules")
    public List<DuesRule> rules() {
        return dues.rules();
    }

    @GET
    @Path("members")
    public List<Member> members(@QueryParam("unitId") String unitId, @QueryParam("rollUp") String rollUp) {
        return dues.members(Units.of(unitId, user), Input.flag(rollUp, "rollUp", false));
    }

    @POST
    @Path("members")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addMember(MemberRequest request) {
        MemberRequest r = Input.body(request);
        long unit = Units.of(r.unitId(), user);
        Long base = Input.optionalLong(r.baseVnd(), "baseVnd");
        return Responses.created(dues.addMember(unit, r.fullName(), r.category(), base == null ? 0 : base,
                Input.optionalMonth(r.duesFrom(), "duesFrom")));
    }

    @GET
    @Path("members/{id: \\d+}/payments")
    public List<DuesPayment> payments(@PathParam("id") long id) {
        return dues.payments(id);
    }

    @POST
    @Path("members/{id: \\d+}/collections")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response collect(@PathParam("id") long id, CollectionRequest request) {
        return Responses.created(record(id, request));
    }

    /** The collection itself: no amount means the member's computed dues. */
    DuesPayment record(long id, CollectionRequest request) {
        CollectionRequest r = Input.body(request);
        YearMonth month = Input.requiredMonth(r.month(), "month");
        Long amount = Input.optionalLong(r.amountVnd(), "amountVnd");
        LocalDate paidOn = Input.optionalDate(r.paidOn(), "paidOn");
        return dues.collect(id, month, amount == null ? dues.monthlyDues(id) : amount, paidOn);
    }

    /** Each member's dues for one month (left out: this month) under the current rules, with what was paid for it. */
    @GET
    @Path("monthly")
    public List<StatusView> monthly(@QueryParam("unitId") String unitId, @QueryParam("month") String month,
                                    @QueryParam("rollUp") String rollUp) {
        long unit = Units.of(unitId, user);
        YearMonth m = Input.optionalMonth(month, "month");
        YearMonth the = m == null ? YearMonth.now(Input.OFFICE_ZONE) : m;
        return dues.collection(unit, the, the, Input.flag(rollUp, "rollUp", false)).stream().map(StatusView::of).toList();
    }

    @GET
    @Path("owed")
    public OwedView owed(@QueryParam("unitId") String unitId) {
        long unit = Units.of(unitId, user);
        return new OwedView(unit, dues.owedUpward(unit));
    }

    @GET
    @Path("remittances")
    public List<Remittance> remittances(@QueryParam("unitId") String unitId) {
        return dues.remittances(Units.of(unitId, user));
    }

    @POST
    @Path("remittances")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response remit(RemitRequest request) {
        RemitRequest r = Input.body(request);
        long unit = Units.of(r.unitId(), user);
        LocalDate date = Input.optionalDate(r.date(), "date");
        return Responses.created(dues.remit(unit, date == null ? LocalDate.now(Input.OFFICE_ZONE) : date));
    }

    @GET
    @Path("arrears")
    public List<StatusView> arrears(@QueryParam("unitId") String unitId, @QueryParam("from") String from,
                                    @QueryParam("to") String to, @QueryParam("rollUp") String rollUp) {
        return arrearsOf(unitId, from, to, rollUp).stream().map(StatusView::of).toList();
    }

    @GET
    @Path("arrears.csv")
    @Produces("text/csv;charset=UTF-8")
    public Response arrearsCsv(@QueryParam("unitId") String unitId, @QueryParam("from") String from,
                               @QueryParam("to") String to, @QueryParam("rollUp") String rollUp) {
        List<List<String>> rows = new ArrayList<>();
        long owed = 0;
        for (DuesStatus s : arrearsOf(unitId, from, to, rollUp)) {
            rows.add(List.of(Long.toString(s.unitId()), Long.toString(s.memberId()), s.fullName(), Integer.toString(s.months()),
                    Long.toString(s.dueVnd()), Long.toString(s.paidVnd()), Long.toString(s.arrearsVnd())));
            owed += s.arrearsVnd();
        }
        rows.add(List.of("", "", "Cộng", "", "", "", Long.toString(owed)));
        byte[] csv = Csv.write(List.of("Đơn vị", "Mã đảng viên", "Đảng viên", "Số tháng", "Phải nộp", "Đã nộp", "Còn nợ"), rows)
                .getBytes(StandardCharsets.UTF_8);
        return ReportsResource.file(csv, "text/csv;charset=UTF-8", "arrears-" + Units.of(unitId, user) + ".csv", true);
    }

    /** {@code from} left out is January of this year, {@code to} this month. */
    private List<DuesStatus> arrearsOf(String unitId, String from, String to, String rollUp) {
        long unit = Units.of(unitId, user);
        YearMonth now = YearMonth.now(Input.OFFICE_ZONE);
        YearMonth f = Input.optionalMonth(from, "from");
        YearMonth t = Input.optionalMonth(to, "to");
        return dues.arrears(unit, f == null ? YearMonth.of(now.getYear(), 1) : f, t == null ? now : t,
                Input.flag(rollUp, "rollUp", false));
    }
}
