package dev.standout.report;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report page in headless Chromium (Debian's {@code chromium} package), when it is installed: the script
 * runs under the page's Content Security Policy, the table sorts, and nothing injected runs. Skipped without a
 * browser.
 */
class ReportInBrowserTest {
    private static Path chromium() {
        for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(c))) return Path.of(c);
        }
        return null;
    }

    private static String dumpDom(Path browser, Path profile, String url) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--dump-dom", url));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }

    /** The scores of the resume table's rows, in the order the rows stand (the second data-v of a row). */
    private static List<Double> scoreColumn(String dom) {
        int start = dom.indexOf("<tbody>", dom.indexOf("id=\"resume-table\""));
        String body = dom.substring(start, dom.indexOf("</tbody>", start));
        List<Double> scores = new ArrayList<>();
        for (String row : body.split("<tr>")) {
            Matcher m = Pattern.compile("data-v=\"([0-9.]*)\"").matcher(row);
            if (m.find() && m.find() && !m.group(1).isEmpty()) scores.add(Double.parseDouble(m.group(1)));
        }
        return scores;
    }

    @Test
    void theTableSortsAndNothingInjectedRuns(@TempDir Path profile) throws Exception {
        Path browser = chromium();
        Assumptions.assumeTrue(browser != null, "chromium is not installed; skipping the browser test");
        Path page = HtmlReportTest.written();

        String asc = dumpDom(browser, profile, page.toUri() + "#sort=score:asc");
        List<Double> up = scoreColumn(asc);
        assertThat(up).hasSize(60).isSorted();
        assertThat(asc).contains("aria-sort=\"ascending\"");

        String plain = dumpDom(browser, profile, page.toUri().toString());
        List<Double> down = scoreColumn(plain);
        assertThat(down).hasSize(60);
        assertThat(down.get(0)).isGreaterThanOrEqualTo(down.get(59));
        assertThat(plain).doesNotContain("<body id=\"pwned\"", "id=\"pwned2\"").contains("<title>Standout batch report");
    }
}
