package org.partyoffice.meetings.impl.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.partyoffice.meetings.api.AgendaItem;
import org.partyoffice.meetings.api.Ballot;
import org.partyoffice.meetings.api.CandidateResult;
import org.partyoffice.meetings.api.CountResult;
import org.partyoffice.meetings.api.Delegate;
import org.partyoffice.meetings.api.Election;
import org.partyoffice.meetings.api.InvalidBallot;
import org.partyoffice.meetings.api.Invitation;
import org.partyoffice.meetings.api.Meeting;
import org.partyoffice.meetings.api.MeetingType;
import org.partyoffice.meetings.api.Reply;
import org.partyoffice.meetings.api.Room;
import org.partyoffice.platform.api.Clearance;

/** The module's printed papers, in Vietnamese as the office hands them out, laid out by {@link ReportPdf}. */
final class Reports {

    private static final ZoneId OFFICE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(OFFICE);
    private static final Locale VI = Locale.forLanguageTag("vi");

    private Reports() {
    }

    /** Giấy mời: the meeting, its agenda, and everyone invited with their reply. */
    static byte[] invitations(Meeting m, String unit, Room room, List<AgendaItem> agenda, List<Invitation> invited) {
        ReportPdf pdf = new ReportPdf();
        head(pdf, unit, m.classification());
        pdf.centred("GIẤY MỜI", 16, true).centred(m.title(), 12, true).gap();
        pdf.text("Loại cuộc họp: " + type(m.type()));
        pdf.text("Thời gian: từ " + WHEN.format(m.start()) + " đến " + WHEN.format(m.end()));
        pdf.text("Địa điểm: " + (room != null ? room.name() + (room.location() == null ? "" : ", " + room.location())
                : m.type() == MeetingType.ONLINE_CONFERENCE ? "trực tuyến" : "sẽ thông báo sau"));
        if (!agenda.isEmpty()) {
            pdf.gap().text("Chương trình:", 10, true);
            for (AgendaItem i : agenda) {
                pdf.text(i.position() + ". " + i.title() + (i.presenter() == null ? "" : " — " + i.presenter())
                        + (i.minutes() > 0 ? " (" + i.minutes() + " phút)" : ""));
            }
        }
        pdf.gap().text("Thành phần được mời (" + invited.size() + " người):", 10, true);
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Invitation i : invited) {
            rows.add(List.of(Integer.toString(n++), i.fullName() == null ? i.login() : i.fullName(), i.login(), reply(i.reply()),
                    i.reason() == null ? "" : i.reason(), i.checkedIn() ? "có mặt" : ""));
        }
        pdf.table(List.of("STT", "Họ và tên", "Tài khoản", "Trả lời", "Lý do", "Điểm danh"),
                new float[] {0.06f, 0.27f, 0.12f, 0.13f, 0.28f, 0.14f}, rows);
        return pdf.finish();
    }

    /** Danh sách đại biểu: every delegate with the credential, and whether it was checked at entry. */
    static byte[] delegates(Meeting congress, String unit, List<Delegate> delegates) {
        ReportPdf pdf = new ReportPdf();
        head(pdf, unit, congress.classification());
        pdf.centred("DANH SÁCH ĐẠI BIỂU", 16, true).centred(congress.title(), 12, true)
                .centred("từ " + WHEN.format(congress.start()) + " đến " + WHEN.format(congress.end()), 10, false).gap();
        long checked = delegates.stream().filter(Delegate::checked).count();
        pdf.text("Tổng số đại biểu triệu tập: " + delegates.size() + "; đã kiểm tra tư cách: " + checked);
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Delegate d : delegates) {
            rows.add(List.of(Integer.toString(n++), d.fullName(), d.credential(), d.checked() ? "đã kiểm tra" : "", ""));
        }
        pdf.table(List.of("STT", "Họ và tên", "Số thẻ đại biểu", "Tư cách", "Ký tên"),
                new float[] {0.08f, 0.38f, 0.18f, 0.16f, 0.20f}, rows);
        return pdf.finish();
    }

    /** Biên bản kết quả kiểm phiếu: the counts, each candidate's result, invalid and voided ballots, the digest. */
    static byte[] results(Meeting congress, String unit, Election e, CountResult r, List<Ballot> ballots) {
        ReportPdf pdf = new ReportPdf();
        head(pdf, unit, congress.classification());
        pdf.centred("KẾT QUẢ KIỂM PHIẾU", 16, true).centred(e.title(), 12, true).centred(congress.title(), 10, false).gap();
        pdf.text("Số đại biểu triệu tập: " + e.delegates() + "; số ghế cần bầu: " + e.rules().seats());
        pdf.text("Số phiếu phát ra thu vào: " + r.ballotsCast() + "; hợp lệ: " + r.valid() + "; không hợp lệ: "
                + r.invalid().size());
        pdf.text("Tỷ lệ tính trên: " + r.base() + (e.rules().base() == org.partyoffice.meetings.api.BallotBase.VALID_BALLOTS
                ? " phiếu hợp lệ" : " đại biểu triệu tập") + "; trúng cử khi đạt " + e.rules().electedRule());
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (CandidateResult c : r.candidates()) {
            rows.add(List.of(Integer.toString(n++), c.fullName(), Integer.toString(c.votes()), c.percent().toPlainString() + "%",
                    c.elected() ? "Trúng cử" : c.tied() ? "Bằng phiếu — bầu lại" : ""));
        }
        pdf.gap().table(List.of("STT", "Họ và tên", "Số phiếu", "Tỷ lệ", "Kết quả"),
                new float[] {0.08f, 0.42f, 0.14f, 0.14f, 0.22f}, rows);
        pdf.gap().text("Số người trúng cử: " + r.seatsFilled() + "/" + e.rules().seats()
                + (r.anotherRound() ? " — cần bầu tiếp cho số ghế còn lại" : ""), 10, true);
        if (!r.invalid().isEmpty()) {
            pdf.gap().text("Phiếu không hợp lệ:", 10, true);
            for (InvalidBallot i : r.invalid()) {
                pdf.text("Phiếu số " + i.number() + ": " + i.reason());
            }
        }
        List<Ballot> voided = ballots.stream().filter(Ballot::voided).toList();
        if (!voided.isEmpty()) {
            pdf.gap().text("Phiếu đã hủy (không tính):", 10, true);
            for (Ballot b : voided) {
                pdf.text("Phiếu số " + b.number() + ": " + b.voidReason());
            }
        }
        pdf.gap().text("Mã kiểm tra các phiếu đã đếm (SHA-256): " + r.digest(), 8, false);
        return pdf.finish();
    }

    private static void head(ReportPdf pdf, String unit, Clearance classification) {
        if (classification != null && classification != Clearance.UNCLASSIFIED) {
            pdf.right(classification.label("vi").toUpperCase(VI), 12, true);
        }
        pdf.text(unit == null ? "" : unit.toUpperCase(VI), 10, true).gap();
    }

    private static String reply(Reply r) {
        return switch (r) {
            case ATTEND -> "dự họp";
            case ABSENT -> "vắng";
            case PENDING -> "chưa trả lời";
        };
    }

    private static String type(MeetingType t) {
        return switch (t) {
            case EXECUTIVE_COMMITTEE_CONFERENCE -> "Hội nghị Ban Chấp hành";
            case STANDING_COMMITTEE_MEETING -> "Họp Ban Thường vụ";
            case STANDING_BOARD_MEETING -> "Họp Thường trực";
            case WORKING_SESSION -> "Buổi làm việc";
            case THEMATIC_CONFERENCE -> "Hội nghị chuyên đề";
            case ONLINE_CONFERENCE -> "Hội nghị trực tuyến";
            case CONGRESS -> "Đại hội";
        };
    }
}
