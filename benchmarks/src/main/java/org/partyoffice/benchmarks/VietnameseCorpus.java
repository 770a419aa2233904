package org.partyoffice.benchmarks;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;

import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.search.IndexedItem;

/**
 * Deterministic Vietnamese-looking items: titles and texts drawn from real Vietnamese syllables
 * (with diacritics) with a skewed, Zipf-like frequency, so a few words are in most items and most
 * words are rare, as in real documents. Item {@code i} is always the same, on any machine.
 */
final class VietnameseCorpus {

    static final String[] SYLLABLES = ("nghị quyết chỉ thị kết luận quy định hướng dẫn thông báo báo cáo tờ trình kế hoạch "
            + "chương trình đề án công văn quyết định đảng bộ tỉnh huyện xã phường thị trấn ban chấp hành thường vụ "
            + "bí thư phó chủ tịch ủy viên hội đồng nhân dân mặt trận tổ quốc đoàn thanh niên cộng sản hồ chí minh "
            + "phụ nữ nông dân cựu chiến binh công đoàn lao động kinh tế xã hội văn hóa giáo dục y tế quốc phòng an ninh "
            + "đối ngoại tư tưởng tuyên giáo dân vận tổ chức kiểm tra giám sát kỷ luật cán bộ đảng viên chi bộ cơ sở "
            + "nhiệm kỳ đại hội hội nghị phiên họp biên bản nghị sự lãnh đạo chỉ đạo thực hiện triển khai tổng kết "
            + "sơ kết đánh giá xếp loại chất lượng thi đua khen thưởng phát triển bền vững chuyển đổi số cải cách hành chính "
            + "đất đai tài nguyên môi trường nông nghiệp công nghiệp thương mại du lịch dịch vụ giao thông xây dựng "
            + "quy hoạch đô thị nông thôn mới giảm nghèo việc làm bảo hiểm an sinh phòng chống tham nhũng lãng phí "
            + "tiêu cực khiếu nại tố cáo tiếp công dân pháp luật tư pháp nội chính cải cách tư pháp biên giới hải đảo "
            + "thiên tai dịch bệnh phòng cháy chữa cháy năm tháng quý đầu cuối trọng tâm nhiệm vụ giải pháp mục tiêu "
            + "chỉ tiêu nguồn lực ngân sách đầu tư công tài chính thuế kho bạc ngân hàng doanh nghiệp hợp tác xã "
            + "khoa học công nghệ đổi mới sáng tạo nhân lực đào tạo bồi dưỡng luân chuyển điều động bổ nhiệm "
            + "quy hoạch cán bộ đánh giá cán bộ bảo vệ chính trị nội bộ lịch sử truyền thống di tích lễ hội "
            + "Hà Nội Đà Nẵng Huế Cần Thơ Hải Phòng Đồng Nai Bình Dương Nghệ An Thanh Hóa Quảng Ninh").split(" ");

    private static final Instant EPOCH = Instant.parse("2015-01-01T00:00:00Z");
    private static final String[] TYPES = {"NQ", "CT", "KL", "QD", "HD", "TB", "BC", "TTr", "KH", "CV"};

    private VietnameseCorpus() {
    }

    static IndexedItem item(int i) {
        SplittableRandom random = new SplittableRandom(0x5EA4C4L * 31 + i);
        String title = TYPES[i % TYPES.length] + " số " + (i % 997) + " " + words(random, 6 + random.nextInt(7));
        String text = words(random, 40 + random.nextInt(81));
        // Most items unclassified, a few of each higher level, as in an office register.
        int level = random.nextInt(100);
        Clearance classification = level < 85 ? Clearance.UNCLASSIFIED : level < 95 ? Clearance.MAT
                : level < 99 ? Clearance.TOI_MAT : Clearance.TUYET_MAT;
        Instant date = EPOCH.plusSeconds(i * 300L);
        return new IndexedItem("d" + i, classification, title, text, date,
                Map.of("type", TYPES[i % TYPES.length], "unitId", Integer.toString(i % 50)));
    }

    /** A word, skewed towards the start of the list (cubic: word 0 is ~1,000 times word 400). */
    static String word(SplittableRandom random) {
        double u = random.nextDouble();
        return SYLLABLES[(int) (SYLLABLES.length * u * u * u)];
    }

    /**
     * A query of the benchmarks' shape {@code kind}: {@code one}, {@code two} or {@code three} words,
     * or {@code prefix} (a word and the first three letters of another with {@code *}), as typed with
     * diacritics.
     */
    static String query(SplittableRandom random, String kind) {
        int words = switch (kind) {
            case "one" -> 1;
            case "two", "prefix" -> 2;
            default -> 3;
        };
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = word(random);
            if (kind.equals("prefix") && w == words - 1) {
                word = word.substring(0, Math.min(3, word.length())) + "*";
            }
            b.append(w > 0 ? " " : "").append(word);
        }
        return b.toString();
    }

    /** The text as typed without diacritics (and đ as d), as most users search. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
    }

    private static String words(SplittableRandom random, int n) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                b.append(k % 11 == 10 ? ". " : " ");
            }
            b.append(word(random));
        }
        return b.toString();
    }
}
