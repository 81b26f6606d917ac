package dev.standout.parse;

import dev.standout.DocumentException;

/**
 * Reads the text of one document format. One-method seam (like Tika's {@code Parser}): a new format plugs in
 * by implementing this and registering it with {@link DocumentParsers}. Implementations are stateless and
 * thread-safe.
 */
@FunctionalInterface
public interface DocumentParser {
    /**
     * Reads the text of a whole document held in memory.
     *
     * @param bytes  the document, at most {@link ParseLimits#maxBytes()} long
     * @param limits limits to respect while reading
     * @return the raw text, never empty (an empty document throws {@link dev.standout.EmptyTextException})
     * @throws DocumentException a typed failure of this document (a parser maps its library's exceptions,
     *                           {@code Error}s included, to one of the contract's types)
     */
    ParsedDocument parse(byte[] bytes, ParseLimits limits) throws DocumentException;
}
