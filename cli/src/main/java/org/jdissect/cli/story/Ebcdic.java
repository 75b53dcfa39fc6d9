package org.jdissect.cli.story;

/**
 * Wireshark's EBCDIC_to_ASCII (epan/charsets.c) over the characters tshark's follow feeds it: its ASCII rendering of
 * the payload (printable ASCII, CR, LF, and '.'), which it then translates as if those bytes were EBCDIC.
 */
final class Ebcdic {
    /** The table for code points 0x30–0x7f; below 0x30 it maps a byte to itself. */
    private static final String FROM_0X30 = "..23456789:;<=.?"
            + " ...........<(+|"
            + "&.........!$*);^"
            + "-/........|,%_>?"
            + "..........:#@'=\"";

    private Ebcdic() {
    }

    static char toAscii(char c) {
        if (c < 0x30) {
            return c;
        }
        // bytes from 0x80 up never reach here (the rendering is ASCII); '.' stands for what the table leaves out
        return c < 0x80 ? FROM_0X30.charAt(c - 0x30) : '.';
    }
}
