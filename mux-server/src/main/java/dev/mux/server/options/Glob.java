package dev.mux.server.options;

import java.util.regex.Pattern;

/** fnmatch(3) without flags, as far as option patterns use it: {@code *}, {@code ?} and bracket classes. */
public final class Glob {
    private Glob() {
    }

    public static boolean matches(String glob, String text) {
        StringBuilder regex = new StringBuilder();
        boolean inClass = false;
        for (char c : glob.toCharArray()) {
            if (inClass) {
                regex.append(c == '\\' ? "\\\\" : String.valueOf(c));
                if (c == ']') inClass = false;
            } else if (c == '[') {
                regex.append('[');
                inClass = true;
            } else if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(text).matches();
    }
}
