package org.jdissect.output;

import java.io.IOException;

/**
 * An {@link Appendable} that also takes ASCII text as bytes, in order with what was appended as characters. Hex
 * dumps are most of {@code -X} output; writing them as bytes skips two conversions (bytes → chars → bytes). A
 * printer checks {@code out instanceof AsciiSink} and otherwise appends the same text as characters.
 */
public interface AsciiSink extends Appendable {
    /** Writes {@code len} bytes of {@code b} from {@code off}, each an ASCII character (below 0x80). */
    void writeAscii(byte[] b, int off, int len) throws IOException;
}
