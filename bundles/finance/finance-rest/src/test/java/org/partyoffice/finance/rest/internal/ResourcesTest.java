package org.partyoffice.finance.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.partyoffice.finance.api.Asset;
import org.partyoffice.finance.api.AssetService;
import org.partyoffice.finance.api.AssetStatus;
import org.partyoffice.finance.api.Depreciation;
import org.partyoffice.finance.api.DuesPayment;
import org.partyoffice.finance.api.DuesService;
import org.partyoffice.finance.api.FinanceReports;
import org.partyoffice.finance.api.ReportKind;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.InvalidInputException;

/**
 * What the resources add to the services: parsing that names the field, the defaults they fill in
 * (the computed dues, the caller's unit) and the year-end depreciation schedule built from the
 * service's figures. The services are stubs answering only the calls each case expects.
 */
class ResourcesTest {

    private static final CurrentUser NO_UNIT = stub(CurrentUser.class, Map.of("account", a -> Optional.empty()));

    @Test
    void theScheduleAsksTheServiceForEachYearEndUntilTheLifeEnds() {
        List<LocalDate> asked = new ArrayList<>();
        AssetResource r = new AssetResource(assets(null, asked), stub(FinanceReports.class, Map.of()), NO_UNIT);
        List<Depreciation> schedule = r.schedule(7);
        assertEquals(6, schedule.size());
        assertEquals(List.of(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 12, 31), LocalDate.of(2028, 12, 31),
                LocalDate.of(2029, 12, 31), LocalDate.of(2030, 12, 31), LocalDate.of(2031, 12, 31)), asked);
        assertEquals(LocalDate.of(2031, 12, 31), schedule.get(5).asOf());
    }

    @Test
    void theScheduleOfADisposedAssetStopsInTheYearOfDisposal() {
        List<LocalDate> asked = new ArrayList<>();
        AssetResource r = new AssetResource(assets(LocalDate.of(2027, 6, 30), asked), stub(FinanceReports.class, Map.of()), NO_UNIT);
        assertEquals(2, r.schedule(7).size());
        assertEquals(List.of(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 12, 31)), asked);
    }

    @Test
    void registeringNamesTheFieldThatIsNotANumber() {
        AssetResource r = new AssetResource(assets(null, new ArrayList<>()), stub(FinanceReports.class, Map.of()), NO_UNIT);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> r.newAsset(new AssetResource.AssetRequest(
                "TS-1", "Máy photocopy Tầng 2", "MAY_VAN_PHONG", "5", null, "2026-01-15", "một trăm triệu", "5")));
        assertEquals("costVnd", e.field());
        e = assertThrows(InvalidInputException.class, () -> r.newAsset(new AssetResource.AssetRequest(
                "TS-1", "Máy photocopy Tầng 2", "MAY_VAN_PHONG", null, null, "2026-01-15", "1000", "5")));
        assertEquals("unitId", e.field(), "admin without a unit must name one");
        assertEquals(120_000_000L, r.newAsset(new AssetResource.AssetRequest("TS-1", "Máy photocopy Tầng 2", "MAY_VAN_PHONG", "5",
                null, "2026-01-15", "120000000", "5")).costVnd());
    }

    @Test
    void aCollectionWithoutAnAmountTakesTheComputedDues() {
        List<Long> amounts = new ArrayList<>();
        DuesService dues = stub(DuesService.class, Map.of(
                "monthlyDues", a -> 85_000L,
                "collect", a -> {
                    amounts.add((Long) a[2]);
                    return new DuesPayment(1, (Long) a[0], 5, (YearMonth) a[1], (Long) a[2], 0, 0, (LocalDate) a[3], 9);
                }));
        DuesResource r = new DuesResource(dues, NO_UNIT);
        r.record(41, new DuesResource.CollectionRequest("2026-03", null, null));
        r.record(41, new DuesResource.CollectionRequest("2026-04", "100000", "2026-04-02"));
        assertEquals(List.of(85_000L, 100_000L), amounts);
        assertEquals("month", assertThrows(InvalidInputException.class,
                () -> r.record(41, new DuesResource.CollectionRequest("tháng 3", null, null))).field());
        assertEquals("paidOn", assertThrows(InvalidInputException.class,
                () -> r.record(41, new DuesResource.CollectionRequest("2026-03", null, "mùng 2"))).field());
    }

    @Test
    void reportsAreNamedAsInTheirUrls() {
        List<ReportKind> asked = new ArrayList<>();
        FinanceReports reports = stub(FinanceReports.class, Map.of(
                "header", a -> List.of("Tài khoản"),
                "rows", a -> {
                    asked.add((ReportKind) a[0]);
                    return List.of(List.of("111"));
                }));
        ReportsResource r = new ReportsResource(reports, NO_UNIT);
        assertEquals("trial-balance", r.table("trial-balance", "5", "2026", "true").kind());
        r.table("dues-collection", "5", "2026", null);
        assertEquals(List.of(ReportKind.TRIAL_BALANCE, ReportKind.DUES_COLLECTION), asked);
        assertEquals("kind", assertThrows(InvalidInputException.class, () -> r.table("TRIAL_BALANCE", "5", "2026", null)).field());
        assertEquals("format", assertThrows(InvalidInputException.class, () -> r.file("assets", "xls", "5", "2026", null)).field());
        assertEquals("year", assertThrows(InvalidInputException.class, () -> r.table("assets", "5", "năm nay", null)).field());
    }

    /** An asset bought on 15 January 2026 with a life of five years, disposed of on {@code disposedOn} if given. */
    private static AssetService assets(LocalDate disposedOn, List<LocalDate> asked) {
        Asset a = new Asset(7, "TS-1", "Máy photocopy Tầng 2", "MAY_VAN_PHONG", 5, 5, "Trần Văn Quản", LocalDate.of(2026, 1, 15),
                120_000_000L, 5, disposedOn == null ? AssetStatus.IN_USE : AssetStatus.DISPOSED, disposedOn, null);
        return stub(AssetService.class, Map.of(
                "asset", x -> Optional.of(a),
                "depreciation", x -> {
                    asked.add((LocalDate) x[1]);
                    return new Depreciation(7, (LocalDate) x[1], 2_000_000L, 0, 0, a.costVnd());
                }));
    }

    /** An implementation answering the named methods; any other call fails the test. */
    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<T> type, Map<String, java.util.function.Function<Object[], Object>> answers) {
        BiFunction<String, Object[], Object> call = (name, args) -> {
            if (!answers.containsKey(name)) {
                throw new AssertionError("unexpected call " + type.getSimpleName() + "." + name);
            }
            return answers.get(name).apply(args == null ? new Object[0] : args);
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> call.apply(m.getName(), args));
    }
}
