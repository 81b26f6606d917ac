package dev.standout.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * {@code summary.json}: the run in numbers, for dashboards and scripts.
 *
 * <pre>
 * { "standout": version, "input": …, "started": ISO-8601, "elapsedSeconds": …, "filesPerSecond": …,
 *   "files": n, "analyzed": files analyzed by this run, "kept": records kept from an earlier run,
 *   "options": {threads, isolation, timeoutSeconds}, "pool": {description, note},
 *   "workers": {started, abandonedThreads},
 *   "byStatus": {OK, FAILED}, "byError": {TYPE: n}, "byFormat": {…}, "warnings": {NAME: n},
 *   "scores": {count, mean, min, p25, median, p75, p90, max, histogram: [{from, to, count}]},
 *   "topCredentials" / "topSkills" / "topDegrees": [{id, name, resumes, share}],
 *   "distinctiveItems": [{kind, id, name, resumes, commonness, meanContribution}] (catalog items only),
 *   "standoutProjects": [{file, name, contribution}] (original projects adding most),
 *   "nearDuplicates": [{file, other, similarity}] }
 * </pre>
 */
final class SummaryReport {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SummaryReport() {
    }

    static ObjectNode build(BatchReport report, PoolStats s) {
        BatchReport.RunInfo run = report.run();
        ObjectNode o = F.objectNode();
        o.put("standout", run.version());
        o.put("input", run.input());
        o.put("started", run.started().toString());
        o.put("elapsedSeconds", round(run.elapsed().toMillis() / 1000.0, 3));
        o.put("filesPerSecond", round(run.rate(), 2));
        o.put("files", s.files);
        o.put("analyzed", run.analyzed());
        o.put("kept", run.kept());
        ObjectNode opts = o.putObject("options");
        opts.put("threads", run.threads());
        opts.put("isolation", run.isolation());
        opts.put("timeoutSeconds", round(run.timeout().toMillis() / 1000.0, 3));
        ObjectNode pool = o.putObject("pool");
        pool.put("description", run.pool());
        if (!run.poolNote().isEmpty()) pool.put("note", run.poolNote());
        ObjectNode workers = o.putObject("workers");
        workers.put("started", run.workerStarts());
        workers.put("abandonedThreads", run.abandoned());
        ObjectNode status = o.putObject("byStatus");
        status.put("OK", s.ok);
        status.put("FAILED", s.failed);
        counts(o.putObject("byError"), s.byError);
        counts(o.putObject("byFormat"), s.byFormat);
        counts(o.putObject("warnings"), s.byWarning);

        ObjectNode scores = o.putObject("scores");
        scores.put("count", s.scores.length);
        if (s.hasScores()) {
            scores.put("mean", round(s.mean(), 2));
            scores.put("min", round(s.scores[0], 2));
            scores.put("p25", round(s.quantile(0.25), 2));
            scores.put("median", round(s.quantile(0.5), 2));
            scores.put("p75", round(s.quantile(0.75), 2));
            scores.put("p90", round(s.quantile(0.9), 2));
            scores.put("max", round(s.scores[s.scores.length - 1], 2));
        }
        ArrayNode hist = scores.putArray("histogram");
        for (int i = 0; i < PoolStats.BINS; i++) {
            ObjectNode b = hist.addObject();
            b.put("from", i * 100 / PoolStats.BINS);
            b.put("to", (i + 1) * 100 / PoolStats.BINS);
            b.put("count", s.histogram[i]);
        }
        items(o.putArray("topCredentials"), s.topCredentials);
        items(o.putArray("topSkills"), s.topSkills);
        items(o.putArray("topDegrees"), s.topDegrees);
        ArrayNode dist = o.putArray("distinctiveItems");
        for (PoolStats.Distinctive d : s.distinctive) {
            ObjectNode n = dist.addObject();
            n.put("kind", d.kind());
            if (!d.id().isEmpty()) n.put("id", d.id());
            n.put("name", d.name());
            n.put("resumes", d.resumes());
            n.put("commonness", round(d.commonness(), 4));
            n.put("meanContribution", round(d.meanContribution(), 2));
        }
        ArrayNode projects = o.putArray("standoutProjects");
        for (PoolStats.StandoutProject p : s.projects) {
            ObjectNode n = projects.addObject();
            n.put("file", p.file());
            n.put("name", p.name());
            n.put("contribution", round(p.contribution(), 2));
        }
        ArrayNode dups = o.putArray("nearDuplicates");
        for (BatchReport.NearDuplicate d : report.nearDuplicates()) {
            ObjectNode n = dups.addObject();
            n.put("file", d.file());
            n.put("other", d.other());
            n.put("similarity", round(d.similarity(), 3));
        }
        return o;
    }

    private static void counts(ObjectNode n, Map<String, Integer> m) {
        m.forEach(n::put);
    }

    private static void items(ArrayNode arr, List<PoolStats.ItemCount> items) {
        for (PoolStats.ItemCount i : items) {
            ObjectNode n = arr.addObject();
            n.put("id", i.id());
            n.put("name", i.name());
            n.put("resumes", i.resumes());
            n.put("share", round(i.share(), 4));
        }
    }

    static double round(double v, int places) {
        if (!Double.isFinite(v)) return 0;
        return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}
