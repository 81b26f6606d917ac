package dev.standout.report;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTest {
    static final BatchReport REPORT = ReportFixtures.batch(60, 11);

    /** Writes the page to target/ so that people (and the browser test) can look at it. */
    static Path written() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "report-demo"));
        Reports.writeAll(REPORT, dir);
        return dir.resolve(Reports.HTML).toAbsolutePath();
    }

    @Test
    void untrustedFileNamesAndTextAreEscapedEverywhere() {
        String html = Reports.html(REPORT);
        assertThat(html).doesNotContain("<img src=x", "<script id=pwned2", "onerror=\"document");
        assertThat(html).contains("&lt;img src=x onerror=&quot;document.body.id=&#39;pwned&#39;&quot;&gt;.pdf",
                "&quot;&gt;&lt;script id=pwned2&gt;", "32 MiB &lt;b&gt;");
        assertThat(html.split("<script>", -1)).hasSize(2); // only the page's own script
    }

    @Test
    void thePageLoadsNothingFromTheNetworkAndAllowsOnlyItsOwnScript() {
        String html = Reports.html(REPORT);
        assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//");
        assertThat(html).contains("default-src 'none'", "script-src '" + HtmlReport.hash(HtmlReport.SCRIPT) + "'",
                "style-src '" + HtmlReport.hash(HtmlReport.STYLE) + "'");
        assertThat(html).contains("<script>" + HtmlReport.SCRIPT + "</script>", "<style>" + HtmlReport.STYLE + "</style>");
    }

    @Test
    void everyLinkOnThePageLeadsToAnAnchorOnThePage() {
        String html = Reports.html(REPORT);
        Set<String> ids = new HashSet<>();
        Matcher id = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        while (id.find()) ids.add(id.group(1));
        Matcher href = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
        int links = 0;
        while (href.find()) {
            assertThat(ids).contains(href.group(1));
            links++;
        }
        assertThat(links).isGreaterThan(REPORT.entries().size());
    }

    @Test
    void thePageShowsTheDistributionTheItemsTheFailuresAndTheDuplicates() {
        String html = Reports.html(REPORT);
        assertThat(html).contains("<svg class=\"chart\"", "median ", "Most common in this pool", "Google Data Analytics",
                "Most distinctive", "Projects that stand out", "Route planner", "id=\"resume-table\"", "ENCRYPTED", "The PDF needs a password",
                "Near-duplicates", "91%", "NEAR_DUPLICATE", "Show Python in use.");
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreReplaced() {
        assertThat(HtmlReport.esc("a\u0000b\u001bc\ud800d\u0085e")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
        assertThat(HtmlReport.esc("ok 😀 \t\n")).isEqualTo("ok 😀 \t\n");
    }

    @Test
    void writesThePageForPeopleToLookAt() throws IOException {
        assertThat(written()).exists();
    }
}
