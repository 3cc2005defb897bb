package dev.mux.server.term.diff;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-written byte streams for what real programs rarely hit but a terminal must get right: each
 * one aims at one rule where terminals disagree, so that a difference from tmux names its cause.
 */
final class SyntheticCases {
    private static final int COLUMNS = 10;
    private static final int ROWS = 5;

    private SyntheticCases() {
    }

    static List<CorpusCase> all() {
        List<CorpusCase> cases = new ArrayList<>();
        add(cases, "wide-right-half-overwritten", "\u4e2d\r\033[Chello\r\n\u4e2d\u6587\033[3Gxy\r\nab\u4e2dcd\033[4Gz");
        add(cases, "wide-at-line-end-wraps", "abcdefghi\u4e2d\u0301x\r\n\u4e2d\u4e2d\u4e2d\u4e2d\u4e2d\u4e2d");
        add(cases, "combining-marks", "e\u0301a\u0308\u0323 \u4e2d\u0308 x\u200dy");
        add(cases, "clear-screen-history-rows-in-use", "a\r\n   \r\nb\r\n\r\n\033[2Jc\r\n\033[44m \033[0m\r\n\033[2J");
        add(cases, "clear-with-background", "\033[44mabc\033[2J\033[0mX\r\n\033[41m\033[K\033[0mY\033[45m\033[2X\033[0m");
        add(cases, "leave-1049-when-not-on", "ab\033[3;3H\033[?1049hz\033[?1049l\033[1;1H\033[?1049lX");
        add(cases, "alternate-screen-1049", "main\r\n\033[?1049halt\r\nscreen\033[?1049lback");
        add(cases, "alternate-screen-47", "main\033[?47halt\033[?47l!");
        add(cases, "region-explicit-zero", "abc\033[5;0rX\033[0;3rY\033[2;4rZ");
        add(cases, "sgr-attributes", "\033[1;2;3;4;5;7;8;9;53mA\033[0mB\033[4:3mC\033[21mD\033[22;23;24;25;27;28;29;55mE"
            + "\033[4:5mF\033[4:0mG\033[0m");
        add(cases, "sgr-colours", "\033[31mA\033[91mB\033[38;5;1mC\033[38;5;9mD\033[38;2;1;2;3mE\033[48:5:200mF"
            + "\033[101;30mG\033[38:2::4:5:6mH\033[38;5;300mI\033[39;49mJ\033[0m");
        add(cases, "sgr-reset-carries-colours", "\033[1;31;42mA\033[22mB\033[0;31mC\r\n\033[7mD\033[m E");
        add(cases, "dec-graphics", "\033(0lqqk\r\nx  x\033(B ab\r\n\033)0\016mqj\017 end");
        add(cases, "tab-stops", "\033[3g\033[5G\033H\r\tX\r\n\tY\033[g\r\n\t\tZ\033[Z\033[ZW");
        add(cases, "insert-delete-erase-chars", "abcdefgh\r\033[2C\033[2@XY\033[3P\033[2X\r\n0123456\r\033[4hZZ\033[4l\033[99@");
        add(cases, "scroll-region-index", "1\r\n2\r\n3\r\n4\r\n5\033[2;4r\033[4H\n\n\033M\033M\033M\033M\033[2L\033[M\033[r\033[5Hx");
        add(cases, "scroll-up-down", "1\r\n2\r\n3\r\n4\r\n5\033[2S\033[T\033[2;3r\033[S\033[r");
        add(cases, "origin-mode", "\033[3;5r\033[?6h\033[1;1HO\033[10;1HP\033[?6l\033[1;1HQ");
        add(cases, "autowrap-off", "\033[?7labcdefghijklmno\033[?7h\r\nabcdefghijklmno");
        add(cases, "pending-wrap-edits", "abcdefghij\033[K\r\n0123456789\033[DX\r\nklmnopqrst\033[2X\033[@\033[PZ");
        add(cases, "pending-wrap-save-restore", "abcdefghij\0337\r\n\0338X\033[1;1H0123456789\033[sY\033[uW");
        add(cases, "backspace-over-wrap", "abcdefghijkl\b\b\bX\r\nq\b\bY");
        add(cases, "repeat", "a\033[5b\r\n\u4e2d\033[3b\r\nxy\033[20b");
        add(cases, "screen-alignment", "\033#8\033[2;3Hok");
        addLatin1(cases, "malformed-utf8", "a\u00e9\r\nb\u00e8\u00ff c\u00e4\u00b8 d\u00c3\u00a9\u00f0\u009f\u0098x");
        add(cases, "screen-title-and-dcs-strings", "\033kname\033\\visible\r\n\033Pq\033[2Jx\033\\after\r\n\033_apc\033\\z");
        add(cases, "cursor-moves-with-zero", "\033[3;3H\033[0Aa\033[0Bb\033[0Cc\033[0Dd\033[0;0He\033[0Gf\033[0dg");
        add(cases, "sub-parameters-ignored", "\033[3;3Hx\033[1:2Hy\033[2:1Az");
        add(cases, "sgr-underline-colour", "\033[58;5;3mA\033[58:2::10:20:30mB\033[4mC\033[59mD\033[58;2;1;2;3mE\033[0mF"
            + "\033[58;5;9mG\033[4;31mH\033[24mI\033[59mJ\033[58;5;9mK\033[58;5;300mL\033[58:5:7;1mM\033[22m\r\n"
            + "\033[58;2;300;1;1mN\033[58;2mO\033[38;5;1;58;5;2;48;5;3mP\033[0mQ\033[58;5;4m\u4e2dR\033[2bS");
        add(cases, "underline-colour-edits", "\033[58;5;4mabcdefgh\033[0m\r\033[2C\033[2@\033[3P\033[2X\r\n"
            + "\033[58;2;9;8;7mxyz\0337\033[0mw\0338v\033[K\r\n\033[4;58;5;1mwrapped line\033[0m\r\n"
            + "\033[58;5;5m1\r\n2\033[2S\033[T\r\n3\033[44m\033[2J\033[0mq\033[?1049h\033[58;5;6mr\033[?1049ls");
        add(cases, "long-history", longHistory());
        return cases;
    }

    /** Enough lines to overflow tmux's default history of 2000, which then drops a tenth at once. */
    private static String longHistory() {
        StringBuilder lines = new StringBuilder();
        for (int line = 0; line < 2300; line++) {
            lines.append("line ").append(line).append("\r\n");
        }
        return lines.toString();
    }

    /** A case whose bytes are the text's chars one by one, to write malformed UTF-8. */
    private static void addLatin1(List<CorpusCase> cases, String name, String text) {
        cases.add(new CorpusCase("synthetic-" + name, COLUMNS, ROWS, text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static void add(List<CorpusCase> cases, String name, String text) {
        cases.add(new CorpusCase("synthetic-" + name, COLUMNS, ROWS, text.getBytes(StandardCharsets.UTF_8)));
    }
}
