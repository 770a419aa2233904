package org.partyoffice.archives.impl.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.partyoffice.archives.api.DigitisationService.RowProblem;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.InvalidInputException;

/**
 * A digitisation batch on disk: a folder, or a ZIP unpacked into a temporary folder, with
 * {@code manifest.csv}. Reads and checks the manifest rows and their scans; knows nothing of the
 * database.
 */
final class ScanBatch implements AutoCloseable {

    static final String MANIFEST = "manifest.csv";
    static final List<String> COLUMNS = List.of("file", "dossier", "title", "date", "classification");
    private static final long MAX_UNPACKED = 20L * 1024 * 1024 * 1024;
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** A manifest row that passed every check. */
    record Row(int number, Path file, String fileName, String mediaType, String dossier, String title, LocalDate date,
               Clearance classification) {
    }

    private final Path folder;
    private final Path unpacked;

    private ScanBatch(Path folder, Path unpacked) {
        this.folder = folder;
        this.unpacked = unpacked;
    }

    static ScanBatch open(Path source) {
        if (source == null || !Files.exists(source)) {
            throw new InvalidInputException("source", "must be a folder or a ZIP file that exists", source);
        }
        if (Files.isDirectory(source)) {
            return new ScanBatch(source, null);
        }
        if (!source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            throw new InvalidInputException("source", "must be a folder or a .zip file", source);
        }
        try {
            Path dir = Files.createTempDirectory("partyoffice-scans-");
            unzip(source, dir);
            return new ScanBatch(dir, dir);
        } catch (IOException e) {
            throw new InvalidInputException("source", "is not a readable ZIP file: " + e.getMessage());
        }
    }

    private static void unzip(Path zip, Path dir) throws IOException {
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = dir.resolve(e.getName()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IOException("entry " + e.getName() + " points outside the archive");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                total += Files.copy(in, target);
                if (total > MAX_UNPACKED) {
                    throw new IOException("it unpacks to more than 20 GB");
                }
            }
        }
    }

    /** The manifest's rows, checked; problems go to {@code problems}, good rows are returned. */
    List<Row> rows(List<RowProblem> problems) {
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            problems.add(new RowProblem(0, MANIFEST, "manifest", "the batch has no " + MANIFEST));
            return List.of();
        }
        List<List<String>> records;
        try {
            records = Csv.parse(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(manifest))).toString());
        } catch (CharacterCodingException e) {
            problems.add(new RowProblem(0, MANIFEST, "manifest", "is not UTF-8 text (save it as CSV UTF-8)"));
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (records.isEmpty() || !records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList()
                .containsAll(COLUMNS.subList(0, 3))) {
            problems.add(new RowProblem(0, MANIFEST, "manifest", "the first row must be the header " + String.join(",", COLUMNS)));
            return List.of();
        }
        List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            Row row = row(i, header, records.get(i), problems);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    private Row row(int n, List<String> header, List<String> values, List<RowProblem> problems) {
        String file = value(header, values, "file");
        String dossier = value(header, values, "dossier");
        String title = value(header, values, "title");
        if (file.isEmpty()) {
            problems.add(new RowProblem(n, "", "file", "must not be empty"));
            return null;
        }
        if (dossier.isEmpty()) {
            problems.add(new RowProblem(n, file, "dossier", "must not be empty"));
            return null;
        }
        if (title.isEmpty()) {
            problems.add(new RowProblem(n, file, "title", "must not be empty"));
            return null;
        }
        LocalDate date;
        try {
            date = parseDate(value(header, values, "date"));
        } catch (DateTimeParseException e) {
            problems.add(new RowProblem(n, file, "date", "must be YYYY-MM-DD or DD/MM/YYYY"));
            return null;
        }
        Clearance classification;
        try {
            String c = value(header, values, "classification");
            classification = c.isEmpty() ? Clearance.UNCLASSIFIED : Clearance.parse(c);
        } catch (InvalidInputException e) {
            problems.add(new RowProblem(n, file, "classification", e.rule()));
            return null;
        }
        Path path = folder.resolve(file).normalize();
        if (!path.startsWith(folder) || !Files.isRegularFile(path)) {
            problems.add(new RowProblem(n, file, "file", "is missing from the batch"));
            return null;
        }
        String mediaType = MediaTypes.scan(file);
        if (mediaType == null) {
            problems.add(new RowProblem(n, file, "file", "must be a PDF, TIFF or JPEG scan"));
            return null;
        }
        String unreadable = unreadable(path, mediaType);
        if (unreadable != null) {
            problems.add(new RowProblem(n, file, "file", unreadable));
            return null;
        }
        return new Row(n, path, path.getFileName().toString(), mediaType, dossier, title, date, classification);
    }

    private static String value(List<String> header, List<String> values, String column) {
        int i = header.indexOf(column);
        return i < 0 || i >= values.size() ? "" : values.get(i).strip();
    }

    private static LocalDate parseDate(String text) {
        if (text.isEmpty()) {
            return null;
        }
        return text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text);
    }

    /** Why the scan cannot be read, or {@code null} when it can. */
    static String unreadable(Path file, String mediaType) {
        if (MediaTypes.PDF.equals(mediaType)) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                return pdf.getNumberOfPages() == 0 ? "is a PDF without pages" : null;
            } catch (IOException e) {
                return "is not a readable PDF (" + e.getMessage() + ")";
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            return ImageIO.read(in) == null ? "is not a readable " + (MediaTypes.TIFF.equals(mediaType) ? "TIFF" : "JPEG") + " image" : null;
        } catch (IOException | RuntimeException e) {
            return "is not a readable image (" + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (unpacked == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(unpacked)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is cleaned with the system's temp files
        }
    }
}
