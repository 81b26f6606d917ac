package dev.standout.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportsTest {
    @Test
    void csvHasOneRowPerFileAndNoCellASpreadsheetWouldRun() throws Exception {
        BatchReport report = ReportFixtures.batch(20, 5);
        String csv = Reports.csv(report);
        List<CSVRecord> rows;
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            rows = p.getRecords();
        }
        assertThat(rows).hasSize(report.entries().size());
        assertThat(rows.get(0).toMap().keySet()).containsAll(CsvReport.COLUMNS);
        CSVRecord failed = rows.stream().filter(r -> r.get("file").equals("hostile/bomb.docx")).findFirst().orElseThrow();
        assertThat(failed.get("status")).isEqualTo("FAILED");
        assertThat(failed.get("error_type")).isEqualTo("TOO_LARGE");
        assertThat(rows).filteredOn(r -> !r.get("score").isEmpty()).hasSize(20);
        assertThat(CsvReport.text("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvReport.text("-1+2")).startsWith("'");
        assertThat(CsvReport.text("Jane")).isEqualTo("Jane");
    }

    @Test
    void summaryCountsStatusesErrorsScoresAndItems() throws Exception {
        BatchReport report = ReportFixtures.batch(30, 9);
        JsonNode s = new ObjectMapper().readTree(Reports.summaryJson(report));
        assertThat(s.get("files").asInt()).isEqualTo(33);
        assertThat(s.at("/byStatus/OK").asInt()).isEqualTo(30);
        assertThat(s.at("/byStatus/FAILED").asInt()).isEqualTo(3);
        assertThat(s.at("/byError/ENCRYPTED").asInt()).isEqualTo(1);
        assertThat(s.at("/scores/count").asInt()).isEqualTo(30);
        assertThat(s.at("/scores/histogram").size()).isEqualTo(10);
        int sum = 0;
        for (JsonNode b : s.at("/scores/histogram")) sum += b.get("count").asInt();
        assertThat(sum).isEqualTo(30);
        assertThat(s.at("/scores/median").asDouble()).isBetween(0.0, 100.0);
        assertThat(s.at("/topSkills/0/resumes").asInt()).isGreaterThan(5);
        assertThat(s.at("/topCredentials").size()).isPositive();
        assertThat(s.at("/nearDuplicates/0/similarity").asDouble()).isEqualTo(0.91);
        assertThat(s.get("filesPerSecond").asDouble()).isPositive();
    }
}
