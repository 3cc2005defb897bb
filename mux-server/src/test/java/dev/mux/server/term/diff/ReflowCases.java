package dev.mux.server.term.diff;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Byte streams aimed at rewrapping on resize: lines longer than the pane, wide characters at the
 * wrap, colours, a cursor inside a wrapped line or past the text, text below the cursor, the
 * alternate screen, and a history longer than its limit.
 */
final class ReflowCases {
    private static final int COLUMNS = 10;
    private static final int ROWS = 5;

    private ReflowCases() {
    }

    static List<CorpusCase> all() {
        List<CorpusCase> cases = new ArrayList<>();
        add(cases, "long-lines", "$ echo\r\n0123456789abcdefghijklmnopqrstuvwxyz\r\nshort\r\n"
            + "\033[44mcoloured text that wraps twice over\033[m\r\n$ ");
        add(cases, "wide-at-wrap", "abcdefghi\u4e2d\u6587xyz\r\n\u4e2d\u4e2d\u4e2d\u4e2d\u4e2d\u4e2d\u4e2d\r\nab\u4e2d\u0301cd");
        add(cases, "cursor-inside-wrapped-line", "first line\r\n0123456789abcdefghijklmno\r\nlast\033[2;4H");
        add(cases, "cursor-past-text", "ab\r\ncd\033[8G");
        add(cases, "text-below-cursor", "1\r\n2\r\n3\r\n4 long line here wraps\033[2;1H");
        add(cases, "exact-width", "0123456789\r\nabcdefghij\r\nABCDEFGHIJ\r\n");
        add(cases, "pending-wrap", "line one\r\n0123456789");
        add(cases, "erased-row-in-wrap", "0123456789abcdefghij0123\033[2;1H\033[2K\033[4;1H");
        add(cases, "alternate-screen", "main text that wraps around\r\n$ \033[?1049h\033[H\033[2Jalt");
        add(cases, "history-over-limit", longWrappedHistory());
        return cases;
    }

    /** What is written after the resizes, before the last ones: output that wraps at the new width. */
    static byte[] tail() {
        return ("\033[?1049ltail: 0123456789abcdefghijklmnopqrstuvwxyz \u4e2d\u6587 end\r\n$ ")
            .getBytes(StandardCharsets.UTF_8);
    }

    private static String longWrappedHistory() {
        StringBuilder lines = new StringBuilder();
        for (int line = 0; line < 1500; line++) {
            lines.append("wrapped line ").append(line).append("\r\n");
        }
        return lines.toString();
    }

    private static void add(List<CorpusCase> cases, String name, String text) {
        cases.add(new CorpusCase("reflow-" + name, COLUMNS, ROWS, text.getBytes(StandardCharsets.UTF_8)));
    }
}
