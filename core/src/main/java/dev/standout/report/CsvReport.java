package dev.standout.report;

import dev.standout.Result;
import dev.standout.parse.Warning;
import dev.standout.score.Analysis;
import dev.standout.score.ScoredItem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code results.csv}: one row per file, for spreadsheets. RFC 4180 (commas, double quotes, CRLF), UTF-8 with
 * no byte-order mark. Text cells that a spreadsheet would run as a formula (starting with {@code = + - @}, tab
 * or carriage return) get a leading apostrophe, as OWASP advises against CSV injection; file names and
 * extracted text are untrusted.
 */
final class CsvReport {
    static final List<String> COLUMNS = List.of("file", "status", "format", "error_type", "error_message", "name",
            "score", "percentile", "segment", "model", "top_items", "warnings", "near_duplicates", "sha256");

    private CsvReport() {
    }

    static void write(BatchReport report, Appendable out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(new String[0])).get();
        try (CSVPrinter p = new CSVPrinter(out, format)) {
            for (BatchReport.Entry e : report.entries()) {
                Result r = e.result();
                List<Object> row = new ArrayList<>();
                row.add(text(r.file()));
                row.add(r.status().name());
                row.add(r.format().name());
                row.add(r.error().map(x -> x.type().name()).orElse(""));
                row.add(text(r.error().map(Result.Error::message).orElse("")));
                row.add(text(r.resume().basics().name()));
                Analysis a = r.analysis().orElse(null);
                row.add(a == null ? "" : number(a.score()));
                row.add(a == null ? "" : number(a.percentile()));
                row.add(a == null ? "" : text(a.segment()));
                row.add(a == null ? "" : text(a.model()));
                row.add(a == null ? "" : text(topItems(a, 3)));
                List<String> warnings = new ArrayList<>();
                for (Warning w : r.warnings()) warnings.add(w.name());
                if (!e.similar().isEmpty()) warnings.add("NEAR_DUPLICATE");
                row.add(String.join(";", warnings));
                List<String> dups = new ArrayList<>();
                for (BatchReport.Similar s : e.similar()) dups.add(s.file());
                row.add(text(String.join(";", dups)));
                row.add(r.sha256());
                p.printRecord(row);
            }
        }
    }

    /** The items that add most, e.g. {@code "AWS Certified Developer (+12.5); Kaggle winner (+8.0)"}. */
    static String topItems(Analysis a, int n) {
        List<String> out = new ArrayList<>();
        for (ScoredItem i : a.items()) {
            if (out.size() >= n) break;
            if (i.contribution() <= 0) continue;
            out.add(i.name() + " (+" + String.format(Locale.ROOT, "%.1f", i.contribution()) + ")");
        }
        return String.join("; ", out);
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A text cell that no spreadsheet runs as a formula. */
    static String text(String s) {
        if (s.isEmpty()) return s;
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }
}
