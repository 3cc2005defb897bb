package dev.mux.server;

/**
 * A new window's name from the command it runs, as tmux 3.3a names it: up to a double quote, less
 * a leading {@code exec }, blanks and dashes, its first word, less trailing characters that are
 * neither letters, digits nor punctuation, and the last part of a path.
 */
final class WindowNames {
    private WindowNames() {
    }

    static String fromCommand(String command) {
        String name = command.startsWith("\"") ? command.substring(1) : command;
        int quote = name.indexOf('"');
        if (quote >= 0) name = name.substring(0, quote);
        if (name.startsWith("exec ")) name = name.substring("exec ".length());
        int start = 0;
        while (start < name.length() && (name.charAt(start) == ' ' || name.charAt(start) == '-')) start++;
        name = name.substring(start);
        int space = name.indexOf(' ');
        if (space >= 0) name = name.substring(0, space);
        int end = name.length();
        while (end > 1 && !visible(name.charAt(end - 1))) end--;
        name = name.substring(0, end);
        if (name.startsWith("/")) name = basename(name);
        return name;
    }

    private static boolean visible(char c) {
        return c < 128 && c > ' ' && c != 127;
    }

    /** basename(3): the last part of a path, trailing slashes ignored; "/" for the root. */
    private static String basename(String path) {
        int end = path.length();
        while (end > 1 && path.charAt(end - 1) == '/') end--;
        String trimmed = path.substring(0, end);
        if (trimmed.equals("/")) return "/";
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
