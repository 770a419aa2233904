package org.partyoffice.finance.rest.internal;

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
import org.partyoffice.finance.api.Asset;
import org.partyoffice.finance.api.AssetEvent;
import org.partyoffice.finance.api.AssetService;
import org.partyoffice.finance.api.Depreciation;
import org.partyoffice.finance.api.FinanceReports;
import org.partyoffice.finance.api.InventoryCheck;
import org.partyoffice.finance.api.InventoryLine;
import org.partyoffice.finance.api.NewAsset;
import org.partyoffice.finance.api.ReportFormat;
import org.partyoffice.finance.api.ReportKind;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.WebConstants;
import org.partyoffice.platform.rest.spi.Input;
import org.partyoffice.platform.rest.spi.Responses;

/**
 * The asset register: a unit's assets (with its subtree), registration, depreciation as of a date
 * and year by year, handover, the yearly inventory check with its discrepancies, disposal, and the
 * asset list as CSV. Depreciation, checks and roles are the service's.
 */
@Component(service = AssetResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("finance/assets")
@Produces(MediaType.APPLICATION_JSON)
public final class AssetResource {

    /** An asset to register; {@code unitId} left out means the caller's unit. */
    public record AssetRequest(String code, String name, String category, String unitId, String custodian, String acquiredOn,
                               String costVnd, String usefulLifeYears) {
    }

    /** {@code toUnitId} left out keeps the unit; {@code date} left out is today. */
    public record HandoverRequest(String toUnitId, String toCustodian, String date, String note) {
    }

    public record DisposalRequest(String date, String reason) {
    }

    public record InventoryRequest(String unitId, String year) {
    }

    public record CountRequest(String assetId, String found, String note) {
    }

    /** The check as sent, with its discrepancies (the api derives them by a method Jackson leaves out). */
    public record InventoryView(long id, long unitId, int year, boolean closed, List<LineView> lines, List<LineView> discrepancies) {
        static InventoryView of(InventoryCheck c) {
            return new InventoryView(c.id(), c.unitId(), c.year(), c.closed(), c.lines().stream().map(LineView::of).toList(),
                    c.discrepancies().stream().map(LineView::of).toList());
        }
    }

    public record LineView(long assetId, String code, String name, boolean counted, boolean found, String note,
                           boolean discrepancy) {
        static LineView of(InventoryLine l) {
            return new LineView(l.assetId(), l.code(), l.name(), l.counted(), l.found(), l.note(), l.discrepancy());
        }
    }

    private final AssetService assets;
    private final FinanceReports reports;
    private final CurrentUser user;

    @Activate
    public AssetResource(@Reference AssetService assets, @Reference FinanceReports reports, @Reference CurrentUser user) {
        this.assets = assets;
        this.reports = reports;
        this.user = user;
    }

    @GET
    public List<Asset> list(@QueryParam("unitId") String unitId, @QueryParam("rollUp") String rollUp) {
        return assets.assets(Units.of(unitId, user), Input.flag(rollUp, "rollUp", false));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(AssetRequest request) {
        return Responses.created(assets.register(newAsset(request)));
    }

    /** What to register; {@code unitId} left out means the caller's unit. */
    NewAsset newAsset(AssetRequest request) {
        AssetRequest r = Input.body(request);
        long unit = Units.of(r.unitId(), user);
        LocalDate acquired = Input.requiredDate(r.acquiredOn(), "acquiredOn");
        long cost = Input.requiredLong(r.costVnd(), "costVnd");
        int life = Input.requiredInt(r.usefulLifeYears(), "usefulLifeYears");
        return new NewAsset(r.code(), r.name(), r.category(), unit, r.custodian(), acquired, cost, life);
    }

    @GET
    @Path("{id: \\d+}")
    public Asset asset(@PathParam("id") long id) {
        return assets.asset(id).orElseThrow(() -> new EntityNotFoundException("asset", id, "id"));
    }

    @GET
    @Path("{id: \\d+}/history")
    public List<AssetEvent> history(@PathParam("id") long id) {
        return assets.history(id);
    }

    /** Depreciation as of {@code asOf} (left out: today). */
    @GET
    @Path("{id: \\d+}/depreciation")
    public Depreciation depreciation(@PathParam("id") long id, @QueryParam("asOf") String asOf) {
        return assets.depreciation(id, Input.optionalDate(asOf, "asOf"));
    }

    /**
     * The depreciation schedule: the service's figures at the end of each year from acquisition until
     * the asset is written off (or disposed of).
     */
    @GET
    @Path("{id: \\d+}/schedule")
    public List<Depreciation> schedule(@PathParam("id") long id) {
        Asset a = asset(id);
        int last = a.acquiredOn().plusYears(a.usefulLifeYears()).getYear();
        if (a.disposedOn() != null) {
            last = Math.min(last, a.disposedOn().getYear());
        }
        List<Depreciation> years = new ArrayList<>();
        for (int y = a.acquiredOn().getYear(); y <= last; y++) {
            years.add(assets.depreciation(id, LocalDate.of(y, 12, 31)));
        }
        return years;
    }

    @POST
    @Path("{id: \\d+}/handover")
    @Consumes(MediaType.APPLICATION_JSON)
    public Asset handover(@PathParam("id") long id, HandoverRequest request) {
        HandoverRequest r = Input.body(request);
        Long toUnit = Input.optionalLong(r.toUnitId(), "toUnitId");
        LocalDate date = Input.optionalDate(r.date(), "date");
        return assets.handover(id, toUnit, r.toCustodian(), date == null ? LocalDate.now(Input.OFFICE_ZONE) : date, r.note());
    }

    @POST
    @Path("{id: \\d+}/dispose")
    @Consumes(MediaType.APPLICATION_JSON)
    public Asset dispose(@PathParam("id") long id, DisposalRequest request) {
        DisposalRequest r = Input.body(request);
        LocalDate date = Input.optionalDate(r.date(), "date");
        return assets.dispose(id, date == null ? LocalDate.now(Input.OFFICE_ZONE) : date, r.reason());
    }

    /** Starts a unit's yearly check ({@code year} left out: this year); a second one for the year is a 409. */
    @POST
    @Path("inventories")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startInventory(InventoryRequest request) {
        InventoryRequest r = Input.body(request);
        long unit = Units.of(r.unitId(), user);
        Integer year = Input.optionalInt(r.year(), "year");
        return Responses.created(InventoryView.of(assets.startInventory(unit,
                year == null ? LocalDate.now(Input.OFFICE_ZONE).getYear() : year)));
    }

    @GET
    @Path("inventories/{id: \\d+}")
    public InventoryView inventory(@PathParam("id") long id) {
        return InventoryView.of(assets.inventory(id).orElseThrow(() -> new EntityNotFoundException("inventory check", id, "id")));
    }

    @POST
    @Path("inventories/{id: \\d+}/count")
    @Consumes(MediaType.APPLICATION_JSON)
    public InventoryView count(@PathParam("id") long id, CountRequest request) {
        CountRequest r = Input.body(request);
        long asset = Input.requiredLong(r.assetId(), "assetId");
        return InventoryView.of(assets.count(id, asset, Input.flag(r.found(), "found", true), r.note()));
    }

    @POST
    @Path("inventories/{id: \\d+}/close")
    public InventoryView close(@PathParam("id") long id) {
        return InventoryView.of(assets.closeInventory(id));
    }

    /** The asset list (Danh sách tài sản) of the reports, with depreciation as of the year's end or today. */
    @GET
    @Path("list.csv")
    @Produces("text/csv;charset=UTF-8")
    public Response listCsv(@QueryParam("unitId") String unitId, @QueryParam("year") String year,
                            @QueryParam("rollUp") String rollUp) {
        long unit = Units.of(unitId, user);
        int y = ReportsResource.year(year);
        byte[] csv = reports.export(ReportKind.ASSETS, ReportFormat.CSV, unit, y, Input.flag(rollUp, "rollUp", false));
        return ReportsResource.file(csv, "text/csv;charset=UTF-8", "assets-" + unit + "-" + y + ".csv", true);
    }
}
