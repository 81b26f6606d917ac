package dev.standout.report;

import dev.standout.Result;
import dev.standout.parse.Warning;
import dev.standout.resume.Certificate;
import dev.standout.resume.Project;
import dev.standout.resume.Skill;
import dev.standout.score.Analysis;
import dev.standout.score.ScoredItem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code report.html}: one self-contained page that works offline — the score distribution as an inline SVG
 * chart, the most common and the most distinctive items of the pool, a sortable table of the resumes (a small
 * inline script; click a heading, or open the page with {@code #sort=score:asc}), a section per resume with
 * its items, advice and warnings, the failures with their reasons and the near-duplicate pairs.
 *
 * <p>File names and extracted text are untrusted: every string is HTML-escaped (also in attributes, and
 * control characters are replaced), ids and links are made from row numbers only, and a Content Security
 * Policy allows nothing but the page's own style sheet and script (by hash) and no network access at all.
 */
final class HtmlReport {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    static final String STYLE = """
            :root{--fg:#1d2330;--muted:#5b6475;--line:#d9dee7;--bg:#f6f7fa;--accent:#2456c9;--bad:#b3261e;--ok:#1e7a45}
            *{box-sizing:border-box}
            body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg)}
            header,main,footer{max-width:1180px;margin:0 auto;padding:0 20px}
            header{padding-top:28px}
            h1{font-size:26px;margin:0 0 4px}
            h2{font-size:19px;margin:0 0 12px}
            h3{font-size:16px;margin:0 0 6px;word-break:break-all}
            .meta,.note{color:var(--muted);font-size:13px}
            section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:18px 20px;margin:18px 0}
            .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;background:none;border:0;padding:0}
            .card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 14px}
            .card b{display:block;font-size:24px}
            .card span{color:var(--muted);font-size:13px}
            .card.bad b{color:var(--bad)}
            .two{display:grid;grid-template-columns:1fr 1fr;gap:24px}
            @media (max-width:900px){.two{grid-template-columns:1fr}}
            table{border-collapse:collapse;width:100%;font-size:14px}
            th,td{text-align:left;padding:5px 8px;border-bottom:1px solid var(--line);vertical-align:top}
            th{font-weight:600;background:#fafbfd;white-space:nowrap}
            td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
            tbody tr:hover{background:#f2f5fc}
            th button{font:inherit;font-weight:600;color:inherit;background:none;border:0;padding:0;cursor:pointer}
            th[aria-sort=ascending] button::after{content:" \\25B2";font-size:10px}
            th[aria-sort=descending] button::after{content:" \\25BC";font-size:10px}
            .wrap{max-height:640px;overflow:auto;border:1px solid var(--line);border-radius:6px}
            .wrap thead th{position:sticky;top:0;z-index:1}
            a{color:var(--accent);text-decoration:none}
            a:hover{text-decoration:underline}
            .file{overflow-wrap:break-word}
            #resume-table td:nth-child(3){max-width:12em;overflow-wrap:anywhere}
            #resume-table td:nth-child(8){min-width:9em}
            .tag{display:inline-block;font-size:11px;padding:1px 6px;border-radius:10px;background:#eef1f6;color:var(--muted);margin:1px 2px 1px 0}
            .tag.dup{background:#fff1d6;color:#7a4d00}
            .FAILED{color:var(--bad);font-weight:600}
            .OK{color:var(--ok)}
            svg text{font-family:inherit}
            .bar rect{fill:var(--accent)}
            .chart .b{fill:var(--accent)}
            .chart .grid{stroke:#e6e9ef}
            .chart .axis{stroke:#8a93a5}
            .chart .med{stroke:#b3261e;stroke-dasharray:4 3}
            .chart text{font-size:12px;fill:#4a5263}
            article{border-top:1px solid var(--line);padding:14px 0}
            article:first-of-type{border-top:0}
            article ul{margin:6px 0 6px 18px;padding:0}
            .pos{color:var(--ok)}
            .small{font-size:13px}
            """;

    static final String SCRIPT = """
            (function () {
              'use strict';
              function sortTable(table, col, dir) {
                var heads = table.tHead.rows[0].cells;
                var numeric = heads[col].getAttribute('data-type') === 'number';
                for (var i = 0; i < heads.length; i++) heads[i].removeAttribute('aria-sort');
                heads[col].setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
                var body = table.tBodies[0];
                var rows = Array.prototype.slice.call(body.rows);
                rows.sort(function (a, b) {
                  var x = a.cells[col].getAttribute('data-v');
                  var y = b.cells[col].getAttribute('data-v');
                  if (x === null) x = a.cells[col].textContent;
                  if (y === null) y = b.cells[col].textContent;
                  if (numeric) {
                    if (x === '' || y === '') return x === y ? 0 : (x === '' ? 1 : -1);
                    return (parseFloat(x) - parseFloat(y)) * dir;
                  }
                  return x.localeCompare(y) * dir;
                });
                for (var j = 0; j < rows.length; j++) body.appendChild(rows[j]);
              }
              Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
                Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
                  var button = th.querySelector('button');
                  if (!button) return;
                  button.addEventListener('click', function () {
                    var now = th.getAttribute('aria-sort');
                    var dir = now === 'ascending' ? -1 : now === 'descending' ? 1
                        : th.getAttribute('data-type') === 'number' ? -1 : 1;
                    sortTable(table, col, dir);
                  });
                });
              });
              var m = /^#sort=([a-z]+)(?::(asc|desc))?$/.exec(location.hash);
              var table = document.getElementById('resume-table');
              if (m && table) {
                var heads = table.tHead.rows[0].cells;
                for (var k = 0; k < heads.length; k++) {
                  if (heads[k].getAttribute('data-key') === m[1]) sortTable(table, k, m[2] === 'desc' ? -1 : 1);
                }
              }
            })();
            """;

    private HtmlReport() {
    }

    static String render(BatchReport report, PoolStats s) {
        BatchReport.RunInfo run = report.run();
        List<BatchReport.Entry> entries = report.entries();
        Map<String, Integer> anchor = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) anchor.put(entries.get(i).result().file(), i + 1);

        StringBuilder h = new StringBuilder(64 * 1024 + entries.size() * 4096);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '")
                .append(hash(STYLE)).append("'; script-src '").append(hash(SCRIPT))
                .append("'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<title>Standout batch report: ").append(esc(run.input())).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");

        h.append("<header>\n<h1>Standout batch report</h1>\n<p class=\"meta\">").append(esc(run.input()))
                .append(" &middot; ").append(esc(WHEN.format(run.started()))).append(" &middot; Standout ")
                .append(esc(run.version())).append("</p>\n</header>\n<main>\n");

        // cards
        h.append("<section class=\"cards\" aria-label=\"Totals\">\n");
        card(h, String.valueOf(s.files), "files", false);
        card(h, String.valueOf(s.ok), "analyzed", false);
        card(h, String.valueOf(s.failed), "failed", s.failed > 0);
        card(h, String.valueOf(report.nearDuplicates().size()), "near-duplicate pairs", false);
        card(h, s.hasScores() ? fmt1(s.quantile(0.5)) : "–", "median score", false);
        card(h, fmt1(run.rate()), "files per second", false);
        h.append("</section>\n");

        // distribution
        h.append("<section id=\"distribution\">\n<h2>Score distribution</h2>\n");
        if (s.hasScores()) {
            chart(h, s);
            h.append("<p class=\"note\">").append(s.scores.length).append(" scored resumes; mean ")
                    .append(fmt1(s.mean())).append(", median ").append(fmt1(s.quantile(0.5))).append(", 90th percentile ")
                    .append(fmt1(s.quantile(0.9))).append(". Pool: ").append(esc(run.pool())).append(".</p>\n");
        } else {
            h.append("<p class=\"note\">No scores in this run. Pool: ").append(esc(run.pool())).append(".</p>\n");
        }
        if (!run.poolNote().isEmpty()) h.append("<p class=\"note\">").append(esc(run.poolNote())).append("</p>\n");
        h.append("</section>\n");

        // items
        h.append("<section id=\"items\" class=\"two\">\n<div>\n<h2>Most common in this pool</h2>\n");
        itemCounts(h, "Credentials", s.topCredentials);
        itemCounts(h, "Skills", s.topSkills);
        itemCounts(h, "Degrees", s.topDegrees);
        h.append("</div>\n<div>\n<h2>Most distinctive</h2>\n");
        if (s.distinctive.isEmpty()) {
            h.append("<p class=\"note\">Nothing scored yet: distinctive items come from the analysis.</p>\n");
        } else {
            h.append("<p class=\"note\">Credentials, skills and degrees that add the most points to the resumes "
                            + "that hold them.</p>\n")
                    .append("<table>\n<thead><tr><th>Item</th><th>Kind</th><th class=\"num\">Resumes</th>")
                    .append("<th class=\"num\">Commonness</th><th class=\"num\">Points</th></tr></thead>\n<tbody>\n");
            for (PoolStats.Distinctive d : s.distinctive) {
                h.append("<tr><td>").append(esc(d.name())).append("</td><td>").append(esc(kind(d.kind())))
                        .append("</td><td class=\"num\">").append(d.resumes()).append("</td><td class=\"num\">")
                        .append(pct(d.commonness())).append("</td><td class=\"num\">+")
                        .append(fmt1(d.meanContribution())).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        if (!s.projects.isEmpty()) {
            h.append("<h3>Projects that stand out</h3>\n<table>\n<thead><tr><th>Project</th><th>Resume</th>")
                    .append("<th class=\"num\">Points</th></tr></thead>\n<tbody>\n");
            for (PoolStats.StandoutProject p : s.projects) {
                h.append("<tr><td>").append(esc(p.name())).append("<br><span class=\"note\">")
                        .append(esc(p.explanation())).append("</span></td><td class=\"file\">")
                        .append(link(anchor, p.file())).append("</td><td class=\"num\">+")
                        .append(fmt1(p.contribution())).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        h.append("</div>\n</section>\n");

        resumeTable(h, entries, anchor);
        failures(h, entries, anchor, s);
        duplicates(h, report, anchor);
        details(h, entries, anchor);
        run(h, run, s);

        h.append("</main>\n<footer><p class=\"meta\">Made by Standout ").append(esc(run.version()))
                .append(". This page works offline and loads nothing from the network.</p></footer>\n")
                .append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void card(StringBuilder h, String value, String label, boolean bad) {
        h.append("<div class=\"card").append(bad ? " bad" : "").append("\"><b>").append(esc(value))
                .append("</b><span>").append(esc(label)).append("</span></div>\n");
    }

    /** The histogram of scores in bins of ten points, with the median marked. */
    private static void chart(StringBuilder h, PoolStats s) {
        int w = 760;
        int ht = 270;
        int left = 48;
        int right = 14;
        int top = 18;
        int bottom = 44;
        double pw = w - left - right;
        double ph = ht - top - bottom;
        int max = 0;
        for (int c : s.histogram) max = Math.max(max, c);
        int step = niceStep(max);
        int yMax = Math.max(step, ((max + step - 1) / step) * step);
        h.append("<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-title\" viewBox=\"0 0 ").append(w)
                .append(' ').append(ht).append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">\n")
                .append("<title id=\"chart-title\">Number of resumes per score band of ten points</title>\n");
        for (int y = 0; y <= yMax; y += step) {
            double py = top + ph - ph * y / yMax;
            h.append("<line class=\"grid\" x1=\"").append(left).append("\" x2=\"").append(w - right)
                    .append("\" y1=\"").append(f(py)).append("\" y2=\"").append(f(py)).append("\"/>")
                    .append("<text x=\"").append(left - 6).append("\" y=\"").append(f(py + 4))
                    .append("\" text-anchor=\"end\">").append(y).append("</text>\n");
        }
        double bw = pw / PoolStats.BINS;
        for (int i = 0; i < PoolStats.BINS; i++) {
            int c = s.histogram[i];
            double bh = ph * c / yMax;
            double x = left + i * bw + 4;
            double y = top + ph - bh;
            String range = (i * 10) + "–" + ((i + 1) * 10);
            h.append("<rect class=\"b\" x=\"").append(f(x)).append("\" y=\"").append(f(y)).append("\" width=\"")
                    .append(f(bw - 8)).append("\" height=\"").append(f(bh)).append("\"><title>").append(range)
                    .append(": ").append(c).append(c == 1 ? " resume" : " resumes").append("</title></rect>");
            if (c > 0) {
                h.append("<text x=\"").append(f(x + (bw - 8) / 2)).append("\" y=\"").append(f(y - 4))
                        .append("\" text-anchor=\"middle\">").append(c).append("</text>");
            }
            h.append("<text x=\"").append(f(left + i * bw + bw / 2)).append("\" y=\"").append(top + ph + 16)
                    .append("\" text-anchor=\"middle\">").append(range).append("</text>\n");
        }
        double med = s.quantile(0.5);
        double mx = left + pw * med / 100;
        h.append("<line class=\"med\" x1=\"").append(f(mx)).append("\" x2=\"").append(f(mx)).append("\" y1=\"")
                .append(top).append("\" y2=\"").append(f(top + ph)).append("\"/>")
                .append("<text x=\"").append(f(mx + 4)).append("\" y=\"").append(top + 10).append("\">median ")
                .append(fmt1(med)).append("</text>\n")
                .append("<line class=\"axis\" x1=\"").append(left).append("\" x2=\"").append(w - right)
                .append("\" y1=\"").append(f(top + ph)).append("\" y2=\"").append(f(top + ph)).append("\"/>\n")
                .append("<text x=\"").append(f(left + pw / 2)).append("\" y=\"").append(ht - 6)
                .append("\" text-anchor=\"middle\">score</text>\n</svg>\n");
    }

    private static int niceStep(int max) {
        if (max <= 5) return 1;
        double raw = max / 5.0;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double n = raw / mag;
        double nice = n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10;
        return (int) Math.max(1, nice * mag);
    }

    private static void itemCounts(StringBuilder h, String title, List<PoolStats.ItemCount> items) {
        h.append("<h3>").append(esc(title)).append("</h3>\n");
        if (items.isEmpty()) {
            h.append("<p class=\"note\">None found.</p>\n");
            return;
        }
        h.append("<table>\n<thead><tr><th>").append(esc(title.substring(0, title.length() - 1)))
                .append("</th><th class=\"num\">Resumes</th><th>Share</th></tr></thead>\n<tbody>\n");
        for (PoolStats.ItemCount i : items) {
            double share = Math.max(0, Math.min(1, i.share()));
            h.append("<tr><td>").append(esc(i.name())).append("</td><td class=\"num\">").append(i.resumes())
                    .append("</td><td><svg class=\"bar\" width=\"120\" height=\"10\" role=\"img\" aria-label=\"")
                    .append(pct(share)).append("\"><rect width=\"").append(f(120 * share))
                    .append("\" height=\"10\"/></svg> ").append(pct(share)).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void resumeTable(StringBuilder h, List<BatchReport.Entry> entries, Map<String, Integer> anchor) {
        List<BatchReport.Entry> rows = new ArrayList<>(entries);
        rows.sort(Comparator.comparingInt((BatchReport.Entry e) -> !e.result().isOk() ? 2
                        : e.result().analysis().isPresent() ? 0 : 1)
                .thenComparing(Comparator.comparingDouble((BatchReport.Entry e) ->
                        e.result().analysis().map(Analysis::score).orElse(0.0)).reversed())
                .thenComparing(e -> e.result().file()));
        Map<String, Integer> rank = new HashMap<>();
        int n = 0;
        for (BatchReport.Entry e : rows) if (e.result().analysis().isPresent()) rank.put(e.result().file(), ++n);

        h.append("<section id=\"resumes\">\n<h2>Resumes</h2>\n<p class=\"note\">").append(entries.size())
                .append(" files. Click a column heading to sort; click a file for its details.</p>\n")
                .append("<div class=\"wrap\">\n<table id=\"resume-table\" class=\"sortable\">\n<thead><tr>")
                .append(head("rank", "#", true, false))
                .append(head("file", "File", false, false))
                .append(head("name", "Name", false, false))
                .append(head("status", "Status", false, false))
                .append(head("score", "Score", true, true))
                .append(head("percentile", "Percentile", true, false))
                .append(head("segment", "Segment", false, false))
                .append(head("top", "Top item", false, false))
                .append(head("notes", "Notes", false, false))
                .append("</tr></thead>\n<tbody>\n");
        for (BatchReport.Entry e : rows) {
            Result r = e.result();
            Analysis a = r.analysis().orElse(null);
            int id = anchor.get(r.file());
            Integer rk = rank.get(r.file());
            h.append("<tr><td class=\"num\" data-v=\"").append(rk == null ? "" : rk).append("\">")
                    .append(rk == null ? "" : rk).append("</td><td class=\"file\"><a href=\"#r").append(id)
                    .append("\">").append(fileHtml(r.file())).append("</a></td><td>")
                    .append(esc(r.resume().basics().name())).append("</td><td class=\"").append(r.status().name())
                    .append("\">").append(r.isOk() ? "OK" : esc(r.error().orElseThrow().type().name()))
                    .append("</td><td class=\"num\" data-v=\"").append(a == null ? "" : fmt2(a.score())).append("\">")
                    .append(a == null ? "" : fmt1(a.score())).append("</td><td class=\"num\" data-v=\"")
                    .append(a == null ? "" : fmt2(a.percentile())).append("\">")
                    .append(a == null ? "" : fmt1(a.percentile())).append("</td><td>")
                    .append(a == null ? "" : esc(a.segment())).append("</td><td>");
            if (a != null) {
                for (ScoredItem i : a.items()) {
                    if (i.contribution() <= 0) break;
                    h.append(esc(i.name())).append(" <span class=\"pos\">+").append(fmt1(i.contribution()))
                            .append("</span>");
                    break;
                }
            }
            h.append("</td><td>");
            tags(h, r, e);
            h.append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static String head(String key, String label, boolean number, boolean sortedDesc) {
        return "<th data-key=\"" + key + "\"" + (number ? " data-type=\"number\" class=\"num\"" : "")
                + (sortedDesc ? " aria-sort=\"descending\"" : "") + "><button type=\"button\">" + esc(label)
                + "</button></th>";
    }

    private static void tags(StringBuilder h, Result r, BatchReport.Entry e) {
        for (Warning w : r.warnings()) h.append("<span class=\"tag\">").append(esc(w.name())).append("</span>");
        if (!e.similar().isEmpty()) h.append("<span class=\"tag dup\">NEAR_DUPLICATE</span>");
        r.analysis().ifPresent(a -> a.flags().forEach(f ->
                h.append("<span class=\"tag\">").append(esc(f)).append("</span>")));
    }

    private static void failures(StringBuilder h, List<BatchReport.Entry> entries, Map<String, Integer> anchor,
                                 PoolStats s) {
        h.append("<section id=\"failures\">\n<h2>Failures</h2>\n");
        if (s.failed == 0) {
            h.append("<p class=\"note\">Every file was analyzed.</p>\n</section>\n");
            return;
        }
        h.append("<p class=\"note\">");
        boolean first = true;
        for (Map.Entry<String, Integer> c : s.byError.entrySet()) {
            if (!first) h.append(" &middot; ");
            first = false;
            h.append(esc(c.getKey())).append(": ").append(c.getValue());
        }
        h.append("</p>\n<div class=\"wrap\">\n<table id=\"failure-table\" class=\"sortable\">\n<thead><tr>")
                .append(head("file", "File", false, false)).append(head("type", "Error", false, false))
                .append(head("format", "Format", false, false)).append(head("reason", "Reason", false, false))
                .append("</tr></thead>\n<tbody>\n");
        for (BatchReport.Entry e : entries) {
            Result r = e.result();
            if (r.isOk()) continue;
            Result.Error err = r.error().orElseThrow();
            h.append("<tr><td class=\"file\"><a href=\"#r").append(anchor.get(r.file())).append("\">")
                    .append(fileHtml(r.file())).append("</a></td><td class=\"FAILED\">").append(esc(err.type().name()))
                    .append("</td><td>").append(esc(r.format().name())).append("</td><td>")
                    .append(esc(err.message())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static void duplicates(StringBuilder h, BatchReport report, Map<String, Integer> anchor) {
        h.append("<section id=\"duplicates\">\n<h2>Near-duplicates</h2>\n");
        if (report.nearDuplicates().isEmpty()) {
            h.append("<p class=\"note\">No two resumes of this batch are nearly the same.</p>\n</section>\n");
            return;
        }
        h.append("<p class=\"note\">Pairs of resumes that share most of their text (the same resume sent twice, or"
                        + " the same template with little of its own).</p>\n<table>\n<thead><tr><th>File</th>")
                .append("<th>Nearly the same as</th><th class=\"num\">Similarity</th></tr></thead>\n<tbody>\n");
        for (BatchReport.NearDuplicate d : report.nearDuplicates()) {
            h.append("<tr><td class=\"file\">").append(link(anchor, d.file())).append("</td><td class=\"file\">")
                    .append(link(anchor, d.other())).append("</td><td class=\"num\">").append(pct(d.similarity()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static String link(Map<String, Integer> anchor, String file) {
        Integer id = anchor.get(file);
        return id == null ? fileHtml(file) : "<a href=\"#r" + id + "\">" + fileHtml(file) + "</a>";
    }

    private static void details(StringBuilder h, List<BatchReport.Entry> entries, Map<String, Integer> anchor) {
        h.append("<section id=\"details\">\n<h2>Details</h2>\n");
        for (int k = 0; k < entries.size(); k++) {
            BatchReport.Entry e = entries.get(k);
            Result r = e.result();
            h.append("<article id=\"r").append(k + 1).append("\">\n<h3>").append(esc(r.file())).append("</h3>\n")
                    .append("<p class=\"small\"><span class=\"").append(r.status().name()).append("\">")
                    .append(r.status().name()).append("</span> &middot; ").append(esc(r.format().name()));
            var b = r.resume().basics();
            if (!b.name().isEmpty()) h.append(" &middot; ").append(esc(b.name()));
            if (!b.label().isEmpty()) h.append(" &middot; ").append(esc(b.label()));
            r.analysis().ifPresent(a -> {
                h.append(" &middot; score <b>").append(fmt1(a.score())).append("</b>, percentile ")
                        .append(fmt1(a.percentile()));
                if (!a.segment().isEmpty()) h.append(", segment ").append(esc(a.segment()));
            });
            h.append("</p>\n");
            r.error().ifPresent(err -> h.append("<p><span class=\"FAILED\">").append(esc(err.type().name()))
                    .append("</span>: ").append(esc(err.message())).append("</p>\n"));
            if (!r.warnings().isEmpty() || !e.similar().isEmpty()
                    || r.analysis().map(a -> !a.flags().isEmpty()).orElse(false)) {
                h.append("<p>");
                tags(h, r, e);
                h.append("</p>\n");
            }
            if (!e.similar().isEmpty()) {
                h.append("<p class=\"small\">Nearly the same as: ");
                for (int i = 0; i < e.similar().size(); i++) {
                    BatchReport.Similar sim = e.similar().get(i);
                    if (i > 0) h.append(", ");
                    h.append(link(anchor, sim.file())).append(" (").append(pct(sim.similarity())).append(')');
                }
                h.append("</p>\n");
            }
            r.analysis().ifPresent(a -> {
                if (!a.items().isEmpty()) {
                    h.append("<table>\n<thead><tr><th>Item</th><th>Kind</th><th class=\"num\">Commonness</th>")
                            .append("<th class=\"num\">Points</th><th>Why</th></tr></thead>\n<tbody>\n");
                    for (ScoredItem i : a.items()) {
                        h.append("<tr><td>").append(esc(i.name())).append("</td><td>").append(esc(kind(i.kind().name())))
                                .append("</td><td class=\"num\">").append(pct(i.commonness()))
                                .append("</td><td class=\"num\">").append(fmt2(i.contribution())).append("</td><td>")
                                .append(esc(i.explanation())).append("</td></tr>\n");
                    }
                    h.append("</tbody>\n</table>\n");
                }
                if (!a.advice().isEmpty()) {
                    h.append("<p class=\"small\"><b>Advice</b></p>\n<ul class=\"small\">\n");
                    for (String line : a.advice()) h.append("<li>").append(esc(line)).append("</li>\n");
                    h.append("</ul>\n");
                }
            });
            if (r.isOk() && r.analysis().isEmpty()) {
                List<String> found = new ArrayList<>();
                for (Certificate c : r.resume().certificates()) found.add(c.name());
                for (Skill sk : r.resume().skills()) found.add(sk.name());
                for (Project p : r.resume().projects()) found.add(p.name());
                h.append("<p class=\"small\">").append(found.isEmpty() ? "No credentials, skills or projects found."
                        : "Found: " + esc(String.join(", ", found))).append("</p>\n");
            }
            h.append("<p class=\"small\"><a href=\"#resumes\">Back to the table</a></p>\n</article>\n");
        }
        h.append("</section>\n");
    }

    private static void run(StringBuilder h, BatchReport.RunInfo run, PoolStats s) {
        h.append("<section id=\"run\">\n<h2>Run</h2>\n<table class=\"small\">\n<tbody>\n");
        row(h, "Input", run.input());
        row(h, "Started", WHEN.format(run.started()));
        row(h, "Wall time", fmt1(run.elapsed().toMillis() / 1000.0) + " s");
        row(h, "Analyzed by this run", run.analyzed() + " files, " + fmt1(run.rate()) + " files per second");
        if (run.kept() > 0) row(h, "Kept from an interrupted run", run.kept() + " records");
        row(h, "Threads", String.valueOf(run.threads()));
        row(h, "Isolation", run.isolation() + (run.workerStarts() > 0 ? ", " + run.workerStarts()
                + " worker processes started" : "") + (run.abandoned() > 0 ? ", " + run.abandoned()
                + " analysis threads abandoned after a timeout" : ""));
        row(h, "Time limit per file", fmt1(run.timeout().toMillis() / 1000.0) + " s");
        row(h, "Pool", run.pool());
        StringBuilder formats = new StringBuilder();
        s.byFormat.forEach((k, v) -> formats.append(formats.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        row(h, "Formats", formats.toString());
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void row(StringBuilder h, String k, String v) {
        h.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>\n");
    }

    private static String kind(String kind) {
        return kind.isEmpty() ? "" : kind.charAt(0) + kind.substring(1).toLowerCase(Locale.ROOT);
    }

    /** A file name, escaped, with line-break opportunities after its slashes, dashes and underscores. */
    static String fileHtml(String file) {
        return esc(file).replaceAll("([/_-])", "$1<wbr>");
    }

    /**
     * Text made safe for HTML content and quoted attribute values: {@code & < > " '} escaped, control characters
     * and lone surrogates replaced by U+FFFD.
     */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep == null) {
                boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
                boolean loneSurrogate = Character.isHighSurrogate(c)
                        ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                        : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
                if (control || loneSurrogate) rep = "\uFFFD";
            }
            if (rep != null) {
                if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
                b.append(rep);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** The CSP source expression for an inline element's exact content. */
    static String hash(String content) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String pct(double share) {
        double p = share * 100;
        return (p > 0 && p < 1 ? String.format(Locale.ROOT, "%.1f", p) : String.format(Locale.ROOT, "%.0f", p)) + "%";
    }

    private static String fmt1(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f", v) : "–";
    }

    private static String fmt2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
