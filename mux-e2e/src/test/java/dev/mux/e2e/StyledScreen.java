package dev.mux.e2e;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * A screen captured with its styles ({@code capture-pane -e -N}) in one form whatever wrote it:
 * each line's cells with their style written wherever it changes, and without the cells that end
 * a line unseen (spaces in the default background, not reversed). An outer terminal keeps spaces a
 * program wrote apart from cells it erased, and capture-pane then puts its style changes in other
 * places, though the two look the same. Styles are read as ECMA-48's SGR.
 */
final class StyledScreen {
    private StyledScreen() {}

    static String canonical(String capture) {
        Pen pen = new Pen();
        StringBuilder out = new StringBuilder();
        for (String line : capture.split("\n", -1)) {
            List<String> texts = new ArrayList<>();
            List<String> styles = new ArrayList<>();
            List<Boolean> blank = new ArrayList<>();
            for (String token : tokens(line)) {
                if (token.startsWith("\033[") && token.endsWith("m")) {
                    pen.apply(token.substring(2, token.length() - 1));
                    continue;
                }
                texts.add(token);
                styles.add(pen.toString());
                blank.add(token.equals(" ") && pen.plain());
            }
            int keep = texts.size();
            while (keep > 0 && blank.get(keep - 1)) keep--;
            String style = new Pen().toString();
            for (int i = 0; i < keep; i++) {
                if (!styles.get(i).equals(style)) out.append('{').append(styles.get(i)).append('}');
                style = styles.get(i);
                out.append(texts.get(i));
            }
            out.append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /** SGR sequences and single characters (an escape of another kind is kept whole, as a character). */
    private static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        int at = 0;
        while (at < line.length()) {
            int end = at + Character.charCount(line.codePointAt(at));
            if (line.charAt(at) == '\033' && at + 1 < line.length() && line.charAt(at + 1) == '[') {
                end = at + 2;
                while (end < line.length() && (line.charAt(end) < 0x40 || line.charAt(end) > 0x7e)) end++;
                end = Math.min(end + 1, line.length());
            }
            tokens.add(line.substring(at, end));
            at = end;
        }
        return tokens;
    }

    /** The SGR state: foreground, background, underline colour and the attributes on. */
    private static final class Pen {
        private String foreground = "";
        private String background = "";
        private String underline = "";
        private final TreeSet<Integer> attributes = new TreeSet<>();

        boolean plain() {
            return background.isEmpty() && !attributes.contains(7);
        }

        void apply(String parameters) {
            String[] codes = parameters.isEmpty() ? new String[] {"0"} : parameters.split(";", -1);
            for (int i = 0; i < codes.length; i++) {
                String[] parts = codes[i].split(":", -1);
                int code = parts[0].isEmpty() ? 0 : Integer.parseInt(parts[0]);
                if (code == 38 || code == 48 || code == 58) {
                    String colour = codes[i];
                    if (parts.length == 1) {
                        int length = i + 1 < codes.length && codes[i + 1].equals("2") ? 4 : 2;
                        int last = Math.min(codes.length - 1, i + length);
                        colour = String.join(";", Arrays.copyOfRange(codes, i, last + 1));
                        i = last;
                    }
                    if (code == 38) foreground = colour;
                    else if (code == 48) background = colour;
                    else underline = colour;
                } else if (code == 0) {
                    foreground = "";
                    background = "";
                    underline = "";
                    attributes.clear();
                } else if (code == 39) {
                    foreground = "";
                } else if (code == 49) {
                    background = "";
                } else if (code == 59) {
                    underline = "";
                } else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) {
                    foreground = Integer.toString(code);
                } else if ((code >= 40 && code <= 47) || (code >= 100 && code <= 107)) {
                    background = Integer.toString(code);
                } else if (code == 22) {
                    attributes.remove(1);
                    attributes.remove(2);
                } else if (code >= 23 && code <= 29) {
                    attributes.remove(code - 20);
                } else {
                    attributes.add(code);
                }
            }
        }

        @Override
        public String toString() {
            return foreground + "/" + background + "/" + underline + "/" + attributes;
        }
    }
}
