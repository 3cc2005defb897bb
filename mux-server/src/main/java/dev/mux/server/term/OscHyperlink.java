package dev.mux.server.term;

import java.nio.charset.StandardCharsets;

/**
 * Reads OSC 8 ({@code OSC 8 ; params ; URI ST}) as the hyperlink specification ("Hyperlinks in
 * Terminal Emulators") has it: params are {@code key=value} pairs apart by colons, of which only
 * {@code id} means anything; an empty URI ends the link. A sequence without the second
 * semicolon, with two ids, with a URI or id of bytes other than printable ASCII, or longer than
 * {@link Hyperlink#MAX_URI} / {@link Hyperlink#MAX_ID}, changes nothing.
 */
final class OscHyperlink {
    private OscHyperlink() {
    }

    /** Applies the payload's {@code [from, length)} (what follows {@code 8;}) to the pen. */
    static void apply(CellExtras extras, byte[] payload, int from, int length) {
        int uriStart = -1;
        for (int index = from; index < length; index++) {
            if (payload[index] == ';') {
                uriStart = index + 1;
                break;
            }
        }
        if (uriStart < 0 || length - uriStart > Hyperlink.MAX_URI) {
            return;
        }
        String id = null;
        int start = from;
        for (int index = from; index <= uriStart - 1; index++) {
            if (payload[index] != ':' && payload[index] != ';') {
                continue;
            }
            if (index - start > 3 && payload[start] == 'i' && payload[start + 1] == 'd' && payload[start + 2] == '=') {
                if (id != null || index - start - 3 > Hyperlink.MAX_ID) {
                    return;
                }
                id = printable(payload, start + 3, index) ? new String(payload, start + 3, index - start - 3,
                    StandardCharsets.US_ASCII) : null;
                if (id == null) {
                    return;
                }
            }
            start = index + 1;
        }
        if (!printable(payload, uriStart, length)) {
            return;
        }
        extras.setLink(id == null ? "" : id, new String(payload, uriStart, length - uriStart, StandardCharsets.US_ASCII));
    }

    /** Whether bytes {@code [from, to)} are all printable ASCII, as the specification wants URIs (ids are put back into captures). */
    private static boolean printable(byte[] bytes, int from, int to) {
        for (int index = from; index < to; index++) {
            if (bytes[index] < 0x20 || bytes[index] > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
