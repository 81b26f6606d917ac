package dev.standout.benchmarks.jmh;

import dev.standout.DocumentException;
import dev.standout.benchmarks.Data;
import dev.standout.extract.ResumeExtractor;
import dev.standout.parse.DocumentParsers;
import dev.standout.parse.ParsedDocument;
import dev.standout.parse.TextNormalizer;
import dev.standout.resume.Resume;
import dev.standout.section.ContactExtractor;
import dev.standout.section.SectionSegmenter;
import dev.standout.section.SectionedText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The inputs of the JMH benchmarks, made once per forked JVM from the shared data's livecareer PDFs (the same
 * deterministic spread over occupations as the end-to-end harness): the files' bytes, their raw text, their
 * normalized text, their sections, their extracted resumes. The number of documents is the system property
 * {@code bench.docs} (default 48); a benchmark cycles through them, one document per operation.
 */
final class Inputs {
    static final int DOCS = Integer.getInteger("bench.docs", 48);

    private static List<Path> files;
    private static List<byte[]> pdfs;
    private static List<String> raw;
    private static List<String> normalized;
    private static List<SectionedText> sectioned;
    private static List<Resume> resumes;

    private Inputs() {
    }

    static synchronized List<Path> files() {
        if (files == null) files = Data.livecareerPdfs(Data.shared(), DOCS);
        return files;
    }

    static synchronized List<byte[]> pdfs() {
        if (pdfs == null) pdfs = Data.read(files());
        return pdfs;
    }

    /** The raw text Standout's PDF parser reads (documents it cannot read are left out). */
    static synchronized List<String> raw() {
        if (raw == null) {
            List<String> out = new ArrayList<>();
            for (byte[] b : pdfs()) {
                try {
                    ParsedDocument d = DocumentParsers.standard().parse(b);
                    out.add(d.text());
                } catch (DocumentException e) {
                    // left out
                }
            }
            raw = out;
        }
        return raw;
    }

    static synchronized List<String> normalized() {
        if (normalized == null) normalized = raw().stream().map(TextNormalizer::normalize).toList();
        return normalized;
    }

    static synchronized List<SectionedText> sectioned() {
        if (sectioned == null) {
            SectionSegmenter s = new SectionSegmenter();
            sectioned = normalized().stream().map(s::segment).toList();
        }
        return sectioned;
    }

    /** The resumes the library's extraction finds. */
    static synchronized List<Resume> resumes() {
        if (resumes == null) {
            ResumeExtractor x = new ResumeExtractor();
            ContactExtractor contacts = new ContactExtractor();
            resumes = sectioned().stream().map(t -> x.extract(t, contacts.extract(t))).toList();
        }
        return resumes;
    }
}
