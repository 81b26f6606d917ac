/**
 * The reports of a batch run, written next to its {@code results.jsonl}: {@code results.csv} for
 * spreadsheets, {@code summary.json} for scripts and dashboards, and {@code report.html}, one self-contained
 * page for people (no network, no external script; every untrusted string escaped). Start at
 * {@link dev.standout.report.Reports}; the data they show is a {@link dev.standout.report.BatchReport}.
 */
package dev.standout.report;
