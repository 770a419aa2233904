package org.partyoffice.finance.rest.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import org.partyoffice.finance.api.Account;
import org.partyoffice.finance.api.AccountType;
import org.partyoffice.finance.api.JournalEntry;
import org.partyoffice.finance.api.LedgerService;
import org.partyoffice.finance.api.NewEntry;
import org.partyoffice.finance.api.Posting;
import org.partyoffice.finance.api.TrialBalance;
import org.partyoffice.finance.api.TrialBalanceLine;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.WebConstants;
import org.partyoffice.platform.rest.spi.Input;
import org.partyoffice.platform.rest.spi.Responses;

/**
 * The books: {@code GET /api/finance/accounts}, {@code POST /api/finance/entries} (an unbalanced
 * entry is the service's 422 naming {@code postings}), {@code GET /api/finance/entries/{id}},
 * {@code POST /api/finance/entries/{id}/reverse}, {@code GET /api/finance/journal} and the trial
 * balance as JSON or CSV.
 */
@Component(service = LedgerResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("finance")
@Produces(MediaType.APPLICATION_JSON)
public final class LedgerResource {

    /** One line; amounts are strings so that a bad number is a 422 naming {@code postings[i].debit}. */
    public record PostingRequest(String account, String debit, String credit, String memo) {
    }

    /** An entry to post; {@code unitId} left out means the caller's unit. */
    public record EntryRequest(String unitId, String date, String description, String reference,
                               List<PostingRequest> postings) {
    }

    public record ReverseRequest(String date, String reason) {
    }

    /**
     * The trial balance as sent: the api's records derive {@code balanced} and {@code balanceVnd}
     * by methods Jackson does not serialise, and clients should not have to recompute them.
     */
    public record TrialBalanceView(long unitId, boolean rolledUp, LocalDate asOf, List<Long> unitIds,
                                   List<LineView> lines, long totalDebitVnd, long totalCreditVnd, boolean balanced) {
        static TrialBalanceView of(TrialBalance tb) {
            return new TrialBalanceView(tb.unitId(), tb.rolledUp(), tb.asOf(), tb.unitIds(),
                    tb.lines().stream().map(LineView::of).toList(), tb.totalDebitVnd(), tb.totalCreditVnd(), tb.balanced());
        }
    }

    public record LineView(String account, String name, AccountType type, long debitVnd, long creditVnd, long balanceVnd) {
        static LineView of(TrialBalanceLine l) {
            return new LineView(l.account(), l.name(), l.type(), l.debitVnd(), l.creditVnd(), l.balanceVnd());
        }
    }

    private final LedgerService ledger;
    private final CurrentUser user;

    @Activate
    public LedgerResource(@Reference LedgerService ledger, @Reference CurrentUser user) {
        this.ledger = ledger;
        this.user = user;
    }

    @GET
    @Path("accounts")
    public List<Account> accounts() {
        return ledger.accounts();
    }

    @POST
    @Path("entries")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response post(EntryRequest request) {
        EntryRequest r = Input.body(request);
        long unitId = Units.of(r.unitId(), user);
        LocalDate date = Input.requiredDate(r.date(), "date");
        List<Posting> postings = new ArrayList<>();
        if (r.postings() != null) {
            for (int i = 0; i < r.postings().size(); i++) {
                PostingRequest p = r.postings().get(i);
                String field = "postings[" + i + "]";
                if (p == null) {
                    postings.add(null);
                    continue;
                }
                Long debit = Input.optionalLong(p.debit(), field + ".debit");
                Long credit = Input.optionalLong(p.credit(), field + ".credit");
                postings.add(new Posting(p.account(), debit == null ? 0 : debit, credit == null ? 0 : credit, p.memo()));
            }
        }
        return Responses.created(ledger.post(new NewEntry(unitId, date, r.description(), r.reference(), postings)));
    }

    @GET
    @Path("entries/{id: \\d+}")
    public JournalEntry entry(@PathParam("id") long id) {
        return ledger.entry(id).orElseThrow(() -> new EntityNotFoundException("entry", id, "id"));
    }

    @POST
    @Path("entries/{id: \\d+}/reverse")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reverse(@PathParam("id") long id, ReverseRequest request) {
        ReverseRequest r = Input.body(request);
        return Responses.created(ledger.reverse(id, Input.requiredDate(r.date(), "date"), r.reason()));
    }

    @GET
    @Path("journal")
    public List<JournalEntry> journal(@QueryParam("unitId") String unitId, @QueryParam("from") String from,
                                      @QueryParam("to") String to) {
        return ledger.journal(Units.of(unitId, user), Input.requiredDate(from, "from"), Input.requiredDate(to, "to"));
    }

    @GET
    @Path("trial-balance")
    public TrialBalanceView trialBalance(@QueryParam("unitId") String unitId, @QueryParam("asOf") String asOf,
                                         @QueryParam("rollUp") String rollUp) {
        return TrialBalanceView.of(balance(unitId, asOf, rollUp));
    }

    @GET
    @Path("trial-balance.csv")
    @Produces("text/csv;charset=UTF-8")
    public Response trialBalanceCsv(@QueryParam("unitId") String unitId, @QueryParam("asOf") String asOf,
                                    @QueryParam("rollUp") String rollUp) {
        TrialBalance tb = balance(unitId, asOf, rollUp);
        List<List<String>> rows = new ArrayList<>();
        for (TrialBalanceLine l : tb.lines()) {
            long b = l.balanceVnd();
            rows.add(List.of(l.account(), l.name(), Long.toString(l.debitVnd()), Long.toString(l.creditVnd()),
                    Long.toString(Math.max(b, 0)), Long.toString(Math.max(-b, 0))));
        }
        rows.add(List.of("", "Cộng", Long.toString(tb.totalDebitVnd()), Long.toString(tb.totalCreditVnd()), "", ""));
        byte[] csv = Csv.write(List.of("Tài khoản", "Tên tài khoản", "Phát sinh Nợ", "Phát sinh Có", "Số dư Nợ", "Số dư Có"),
                rows).getBytes(StandardCharsets.UTF_8);
        return Response.ok(csv, "text/csv;charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"trial-balance-" + tb.unitId() + "-" + tb.asOf() + ".csv\"").build();
    }

    /** {@code asOf} left out means today in the office's zone. */
    private TrialBalance balance(String unitId, String asOf, String rollUp) {
        long unit = Units.of(unitId, user);
        LocalDate date = asOf == null || asOf.isBlank() ? LocalDate.now(Input.OFFICE_ZONE) : Input.requiredDate(asOf, "asOf");
        return ledger.trialBalance(unit, date, Input.flag(rollUp, "rollUp", false));
    }
}
