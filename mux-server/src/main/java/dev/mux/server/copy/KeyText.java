package dev.mux.server.copy;

import java.nio.charset.StandardCharsets;

/** Keys arrive as {@code KeyReader} canonical strings: one byte per char, UTF-8 for text. */
final class KeyText {
    private KeyText() {}

    /** The printable character a key types, or null for control characters and escape sequences. */
    static String character(String canonicalKey) {
        if (canonicalKey.isEmpty() || canonicalKey.charAt(0) < 0x20 || canonicalKey.charAt(0) == 0x7f) return null;
        String text = new String(canonicalKey.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        return text.codePointCount(0, text.length()) == 1 ? text : null;
    }
}
