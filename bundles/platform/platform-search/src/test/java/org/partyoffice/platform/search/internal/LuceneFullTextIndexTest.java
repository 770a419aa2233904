package org.partyoffice.platform.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.search.IndexedItem;
import org.partyoffice.platform.api.search.SearchHit;
import org.partyoffice.platform.api.search.SearchQuery;
import org.partyoffice.platform.api.search.SearchResult;

class LuceneFullTextIndexTest {

    private static final String DOCS = "documents";
    private static final Instant DATE = Instant.parse("2026-03-02T00:00:00Z");

    @TempDir
    Path folder;
    private LuceneFullTextIndex index;

    @BeforeEach
    void open() {
        index = new LuceneFullTextIndex(folder, 100, 60);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static IndexedItem item(String id, Clearance c, String title, String text) {
        return new IndexedItem(id, c, title, text, DATE, Map.of());
    }

    private void add(IndexedItem... items) {
        index.index(DOCS, List.of(items));
        index.flush(DOCS);
    }

    private Set<String> ids(String q, Clearance clearance) {
        return ids(index.search(DOCS, SearchQuery.of(q, clearance, 100)));
    }

    private static Set<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).collect(Collectors.toSet());
    }

    @Test
    void vietnameseDiacriticsFoldBothWays() {
        add(item("1", Clearance.UNCLASSIFIED, "Nghị quyết về chuyển đổi số", "Đảng bộ tỉnh Đồng Nai ban hành"),
                item("2", Clearance.UNCLASSIFIED, "Báo cáo tổng kết", "Không liên quan"));
        assertEquals(Set.of("1"), ids("nghi quyet", Clearance.UNCLASSIFIED));
        assertEquals(Set.of("1"), ids("NGHỊ QUYẾT", Clearance.UNCLASSIFIED));
        assertEquals(Set.of("1"), ids("dang bo dong nai", Clearance.UNCLASSIFIED), "đ folds to d");
        assertEquals(Set.of("1"), ids("Đồng Nai", Clearance.UNCLASSIFIED));
        assertEquals(Set.of("2"), ids("bao cao", Clearance.UNCLASSIFIED));
    }

    @Test
    void decomposedUnicodeMatchesComposed() {
        String decomposed = java.text.Normalizer.normalize("Tuyệt mật", java.text.Normalizer.Form.NFD);
        add(item("1", Clearance.UNCLASSIFIED, decomposed, ""));
        assertEquals(Set.of("1"), ids("tuyet mat", Clearance.UNCLASSIFIED));
        assertEquals(Set.of("1"), ids("Tuyệt mật", Clearance.UNCLASSIFIED));
    }

    @Test
    void everyWordIsRequired() {
        add(item("1", Clearance.UNCLASSIFIED, "Nghị quyết đại hội", ""),
                item("2", Clearance.UNCLASSIFIED, "Nghị quyết hội nghị", ""),
                item("3", Clearance.UNCLASSIFIED, "Đại hội đoàn", ""));
        assertEquals(Set.of("1"), ids("nghi quyet dai hoi", Clearance.UNCLASSIFIED));
        assertEquals(Set.of("1", "2"), ids("nghi quyet", Clearance.UNCLASSIFIED));
        assertEquals(Set.of(), ids("nghi quyet kinh te", Clearance.UNCLASSIFIED));
        assertEquals(1, index.search(DOCS, SearchQuery.of("dai hoi nghi", Clearance.UNCLASSIFIED, 10)).total());
    }

    @Test
    void titleRanksAboveText() {
        add(item("in-text", Clearance.UNCLASSIFIED, "Báo cáo", "về công tác kiểm tra giám sát"),
                item("in-title", Clearance.UNCLASSIFIED, "Kiểm tra giám sát", "báo cáo năm"));
        List<SearchHit> hits = index.search(DOCS, SearchQuery.of("kiem tra", Clearance.UNCLASSIFIED, 10)).hits();
        assertEquals(List.of("in-title", "in-text"), hits.stream().map(SearchHit::id).toList());
        assertTrue(hits.get(0).score() > hits.get(1).score());
    }

    @Test
    void trailingStarMatchesPrefix() {
        add(item("1", Clearance.UNCLASSIFIED, "Chuyển đổi số", ""),
                item("2", Clearance.UNCLASSIFIED, "Chuyên đề", ""),
                item("3", Clearance.UNCLASSIFIED, "Chương trình", ""));
        assertEquals(Set.of("1", "2"), ids("chuy*", Clearance.UNCLASSIFIED));
        assertEquals(Set.of("1"), ids("chuy* so", Clearance.UNCLASSIFIED));
        assertEquals(Set.of(), ids("chuy", Clearance.UNCLASSIFIED), "without * a word matches whole");
    }

    @Test
    void nothingAboveClearanceIsMatchedOrCounted() {
        add(item("thuong", Clearance.UNCLASSIFIED, "Kế hoạch công tác", ""),
                item("mat", Clearance.MAT, "Kế hoạch nhân sự", ""),
                item("toi-mat", Clearance.TOI_MAT, "Kế hoạch quốc phòng", ""),
                item("tuyet-mat", Clearance.TUYET_MAT, "Kế hoạch Tuyệt mật", ""));
        SearchResult unclassified = index.search(DOCS, SearchQuery.of("ke hoach", Clearance.UNCLASSIFIED, 10));
        assertEquals(1, unclassified.total());
        assertEquals(Set.of("thuong"), ids(unclassified));
        SearchResult mat = index.search(DOCS, SearchQuery.of("ke hoach", Clearance.MAT, 10));
        assertEquals(2, mat.total());
        assertEquals(Set.of("thuong", "mat"), ids(mat));
        assertEquals(3, index.search(DOCS, SearchQuery.of("ke hoach", Clearance.TOI_MAT, 10)).total());
        assertEquals(4, index.search(DOCS, SearchQuery.of("ke hoach", Clearance.TUYET_MAT, 10)).total());
        assertEquals(0, index.search(DOCS, SearchQuery.of("tuyet mat", Clearance.TOI_MAT, 10)).total());
        assertEquals(Set.of("tuyet-mat"), ids("tuyet mat", Clearance.TUYET_MAT));
        assertEquals(4, index.count(DOCS), "count is of every classification");
    }

    @Test
    void filtersAreExactMatches() {
        index.index(DOCS, List.of(
                new IndexedItem("1", null, "Nghị quyết", "", DATE, Map.of("type", "NQ", "unitId", "12")),
                new IndexedItem("2", null, "Nghị quyết", "", DATE, Map.of("type", "NQ", "unitId", "120")),
                new IndexedItem("3", null, "Nghị quyết", "", DATE, Map.of("type", "CT", "unitId", "12"))));
        index.flush(DOCS);
        SearchResult nq12 = index.search(DOCS, new SearchQuery("nghi quyet", null, Map.of("type", "NQ", "unitId", "12"), 0, 10));
        assertEquals(Set.of("1"), ids(nq12));
        assertEquals(1, nq12.total());
        assertEquals(Set.of("1", "3"), ids(index.search(DOCS, new SearchQuery("nghi quyet", null, Map.of("unitId", "12"), 0, 10))));
        assertEquals(0, index.search(DOCS, new SearchQuery("nghi quyet", null, Map.of("type", "nq"), 0, 10)).total(),
                "filters are exact, case included");
    }

    @Test
    void indexingAnIdAgainReplacesIt() {
        add(item("1", Clearance.UNCLASSIFIED, "Dự thảo lần một", ""));
        add(item("1", Clearance.UNCLASSIFIED, "Văn bản chính thức", ""));
        assertEquals(1, index.count(DOCS));
        assertEquals(Set.of(), ids("du thao", Clearance.UNCLASSIFIED));
        assertEquals(Set.of("1"), ids("chinh thuc", Clearance.UNCLASSIFIED));
    }

    @Test
    void reclassifyingByReplacementHidesTheItem() {
        add(item("1", Clearance.UNCLASSIFIED, "Kế hoạch", ""));
        add(item("1", Clearance.MAT, "Kế hoạch", ""));
        assertEquals(0, index.search(DOCS, SearchQuery.of("ke hoach", Clearance.UNCLASSIFIED, 10)).total());
    }

    @Test
    void deleteRemovesAndIgnoresUnknownIds() {
        add(item("1", Clearance.UNCLASSIFIED, "Một", ""), item("2", Clearance.UNCLASSIFIED, "Hai", ""));
        index.delete(DOCS, List.of("1", "không-có"));
        index.flush(DOCS);
        assertEquals(1, index.count(DOCS));
        assertEquals(Set.of(), ids("mot", Clearance.UNCLASSIFIED));
        assertEquals(Set.of("2"), ids("hai", Clearance.UNCLASSIFIED));
    }

    @Test
    void clearEmptiesOnlyThatIndex() {
        add(item("1", Clearance.UNCLASSIFIED, "Một", ""), item("2", Clearance.UNCLASSIFIED, "Hai", ""));
        index.index("archives", List.of(item("a", Clearance.UNCLASSIFIED, "Hồ sơ", "")));
        index.clear(DOCS);
        assertEquals(0, index.count(DOCS));
        assertEquals(1, index.count("archives"));
        assertEquals(0, index.search(DOCS, SearchQuery.of("mot", Clearance.TUYET_MAT, 10)).total());
    }

    @Test
    void countSeesWritesWithoutFlush() {
        index.index(DOCS, List.of(item("1", Clearance.UNCLASSIFIED, "Một", ""), item("2", Clearance.MAT, "Hai", "")));
        assertEquals(2, index.count(DOCS));
    }

    @Test
    void writesBecomeSearchableWithoutFlushWithinAboutASecond() throws InterruptedException {
        index.index(DOCS, List.of(item("1", Clearance.UNCLASSIFIED, "Thông báo", "")));
        long until = System.currentTimeMillis() + 5_000;
        long found = 0;
        while (found == 0 && System.currentTimeMillis() < until) {
            Thread.sleep(50);
            found = index.search(DOCS, SearchQuery.of("thong bao", Clearance.UNCLASSIFIED, 10)).total();
        }
        assertEquals(1, found);
    }

    @Test
    void dataSurvivesCloseAndReopenWithoutFlush() {
        index.index(DOCS, List.of(new IndexedItem("1", Clearance.MAT, "Nghị quyết", "Đại hội đại biểu", DATE, Map.of("type", "NQ"))));
        index.close();
        index = new LuceneFullTextIndex(folder, 100, 60);
        assertEquals(1, index.count(DOCS));
        SearchResult result = index.search(DOCS, new SearchQuery("dai hoi", Clearance.MAT, Map.of("type", "NQ"), 0, 10));
        assertEquals(1, result.total());
        SearchHit hit = result.hits().get(0);
        assertEquals("Nghị quyết", hit.title());
        assertEquals(DATE, hit.date());
    }

    @Test
    void closedServiceRefusesWork() {
        index.close();
        assertThrows(IllegalStateException.class, () -> index.count(DOCS));
    }

    @Test
    void queryTextIsNeverSyntax() {
        add(item("1", Clearance.UNCLASSIFIED, "Quyết định (sửa đổi) \"số 5\" AND OR NOT", "đường dẫn C:\\tai-lieu"),
                item("2", Clearance.UNCLASSIFIED, "Văn bản khác", ""));
        for (String q : List.of("\"", "(", ")", "AND", "OR NOT", "*", "**", "\\", "[a TO z]", "quyet~2", "title:x", "+-!",
                "\"quyet dinh", "(sua doi", "so 5\"", "tai\\lieu", "?", "{}", "^3", "&&", "||", "/re/")) {
            SearchResult r = index.search(DOCS, SearchQuery.of(q, Clearance.UNCLASSIFIED, 10));
            assertTrue(r.total() <= 1, q);
        }
        assertEquals(Set.of("1"), ids("\"quyet dinh\"", Clearance.UNCLASSIFIED), "quotes are ignored, words kept");
        assertEquals(Set.of("1"), ids("(sua doi)", Clearance.UNCLASSIFIED));
        assertEquals(Set.of("1"), ids("AND", Clearance.UNCLASSIFIED), "operators are plain words");
        assertEquals(Set.of(), ids("*", Clearance.UNCLASSIFIED), "a lone star matches nothing, not everything");
        assertEquals(Set.of("1"), ids("C:\\tai-lieu", Clearance.UNCLASSIFIED));
    }

    @Test
    void snippetShowsThePassageWithItsDiacritics() {
        String before = "Phần mở đầu nói về nhiều vấn đề chung của tỉnh trong năm qua và các năm trước nữa. ".repeat(3);
        add(item("1", Clearance.UNCLASSIFIED, "Báo cáo", before + "Tài liệu Tuyệt mật về quốc phòng. " + "Phần cuối. ".repeat(40)));
        SearchHit hit = index.search(DOCS, SearchQuery.of("tuyet mat", Clearance.UNCLASSIFIED, 10)).hits().get(0);
        assertTrue(hit.snippet().contains("Tuyệt mật về quốc phòng"), hit.snippet());
        assertTrue(hit.snippet().startsWith("…") && hit.snippet().endsWith("…"), hit.snippet());
        assertTrue(hit.snippet().length() <= Snippets.LENGTH + 2, hit.snippet());
    }

    @Test
    void pagingSkipsAndTotalIsExactPastTheCountingThreshold() {
        List<IndexedItem> many = new java.util.ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            many.add(item("n" + i, i % 5 == 0 ? Clearance.MAT : Clearance.UNCLASSIFIED, "Công văn số " + i, "nội dung"));
        }
        index.index(DOCS, many);
        index.flush(DOCS);
        SearchResult page = index.search(DOCS, new SearchQuery("cong van", Clearance.UNCLASSIFIED, null, 1990, 20));
        assertEquals(2_000, page.total());
        assertEquals(10, page.hits().size());
        SearchResult first = index.search(DOCS, new SearchQuery("cong van", Clearance.UNCLASSIFIED, null, 0, 20));
        SearchResult second = index.search(DOCS, new SearchQuery("cong van", Clearance.UNCLASSIFIED, null, 20, 20));
        assertEquals(20, first.hits().size());
        assertFalse(ids(first).removeAll(ids(second)), "pages do not overlap");
    }

    @Test
    void boundedTotalIsExactUpToTheBoundAndMoreThanItBeyond() {
        List<IndexedItem> many = new java.util.ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            many.add(item("n" + i, i % 5 == 0 ? Clearance.MAT : Clearance.UNCLASSIFIED, "Công văn số " + i, "nội dung"));
        }
        index.index(DOCS, many);
        index.flush(DOCS);
        SearchQuery firstPage = new SearchQuery("cong van", Clearance.UNCLASSIFIED, null, 0, 20);
        SearchResult exact = index.search(DOCS, firstPage);
        assertTrue(exact.totalExact(), "the 1.0 search counts exactly");
        assertEquals(2_000, exact.total());

        SearchResult wide = index.search(DOCS, firstPage, 5_000);
        assertTrue(wide.totalExact());
        assertEquals(2_000, wide.total(), "under the bound the count is exact, and only of what the reader may see");

        SearchResult bounded = index.search(DOCS, firstPage, 100);
        assertFalse(bounded.totalExact());
        assertEquals(100, bounded.total(), "more than the bound");
        assertEquals(exact.hits().stream().map(SearchHit::id).toList(), bounded.hits().stream().map(SearchHit::id).toList(),
                "the same best page, in the same order");

        SearchResult deep = index.search(DOCS, new SearchQuery("cong van", Clearance.UNCLASSIFIED, null, 1_990, 20), 100);
        assertTrue(deep.totalExact(), "counted at least to the end of the requested page");
        assertEquals(2_000, deep.total());
        assertEquals(10, deep.hits().size());

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> index.search(DOCS, firstPage, -1));
        assertEquals("exactTotalUpTo", e.field());
    }

    @Test
    void boundedTotalNeverCountsWhatTheReaderMayNotSee() {
        List<IndexedItem> many = new java.util.ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            many.add(item("tm" + i, Clearance.TUYET_MAT, "Nghị quyết Tuyệt mật số " + i, ""));
        }
        for (int i = 0; i < 40; i++) {
            many.add(new IndexedItem("u" + i, Clearance.UNCLASSIFIED, "Nghị quyết số " + i, "", DATE,
                    Map.of("in.7", "y")));
        }
        for (int i = 0; i < 30; i++) {
            many.add(item("other" + i, Clearance.UNCLASSIFIED, "Nghị quyết của đơn vị khác " + i, ""));
        }
        index.index(DOCS, many);
        index.flush(DOCS);
        SearchResult unclassified = index.search(DOCS, SearchQuery.of("nghi quyet", Clearance.UNCLASSIFIED, 10), 100);
        assertTrue(unclassified.totalExact(), "1,500 classified matches are not matched at all, so 70 < 100 is exact");
        assertEquals(70, unclassified.total());
        SearchResult scoped = index.search(DOCS, new SearchQuery("nghi quyet", Clearance.TUYET_MAT, Map.of("in.7", "y"), 0, 10),
                20);
        assertFalse(scoped.totalExact());
        assertEquals(20, scoped.total());
        assertTrue(scoped.hits().stream().allMatch(h -> h.id().startsWith("u")), "only the scope's items: " + ids(scoped));
        assertEquals(40, index.search(DOCS, new SearchQuery("nghi quyet", Clearance.TUYET_MAT, Map.of("in.7", "y"), 0, 10),
                1_000).total(), "the scope's 40, not the 1,540 the clearance alone would allow");
        SearchResult cleared = index.search(DOCS, SearchQuery.of("nghi quyet", Clearance.TUYET_MAT, 10), 1_000);
        assertFalse(cleared.totalExact());
        assertEquals(1_000, cleared.total());
    }

    @Test
    void aChangedConfigurationIsAppliedWithoutStoppingTheService() {
        add(item("1", Clearance.UNCLASSIFIED, "Nghị quyết về chuyển đổi số", ""));
        // What Karaf's file install does right after a feature's install: the same values again.
        index.modified(config(folder.toString(), 200, 30));
        assertEquals(Set.of("1"), ids("nghi quyet", Clearance.UNCLASSIFIED), "the same instance still serves");
        add(item("2", Clearance.UNCLASSIFIED, "Nghị quyết thứ hai", ""));
        assertEquals(2, index.count(DOCS));

        Path elsewhere = folder.resolve("elsewhere");
        index.modified(config(elsewhere.toString(), 200, 30));
        assertEquals(elsewhere, index.root());
        assertEquals(0, index.count(DOCS), "a new folder starts its own indexes");
        index.modified(config(folder.toString(), 200, 30));
        assertEquals(Set.of("1", "2"), ids("nghi quyet", Clearance.UNCLASSIFIED), "the first folder's writes were committed");
    }

    private static LuceneFullTextIndex.Config config(String directory, long refreshMillis, long commitSeconds) {
        return (LuceneFullTextIndex.Config) java.lang.reflect.Proxy.newProxyInstance(LuceneFullTextIndex.Config.class.getClassLoader(),
                new Class<?>[] {LuceneFullTextIndex.Config.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "directory" -> directory;
                    case "refreshMillis" -> refreshMillis;
                    case "commitSeconds" -> commitSeconds;
                    case "annotationType" -> LuceneFullTextIndex.Config.class;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void indexNamesAreChecked() {
        for (String bad : new String[] {"", "Documents", "../etc", "a/b", "x".repeat(41), "tài-liệu", "a b"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> index.count(bad));
            assertEquals("index", e.field());
        }
        assertThrows(InvalidInputException.class, () -> index.count(null));
        assertEquals(0, index.count("x".repeat(40)));
        assertEquals(0, index.count("van-ban-2026"));
    }
}
