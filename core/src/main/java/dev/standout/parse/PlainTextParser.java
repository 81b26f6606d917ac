package dev.standout.parse;

import dev.standout.EmptyTextException;

import java.util.List;

/**
 * Reads plain text: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) decides the charset; without one, valid UTF-8
 * is read as UTF-8 and anything else as Windows-1252 (the usual charset of text saved on Windows). Line ends
 * become {@code '\n'} and NUL characters are dropped. Stateless and thread-safe.
 */
public final class PlainTextParser implements DocumentParser {

    @Override
    public ParsedDocument parse(byte[] bytes, ParseLimits limits) throws EmptyTextException {
        String text = DocumentParsers.cleanLineEnds(TextDecoding.decode(bytes));
        if (!DocumentParsers.hasLetterOrDigit(text)) {
            throw new EmptyTextException("The text file holds no text");
        }
        return new ParsedDocument(DocumentFormat.TXT, text, 1, List.of());
    }
}
