package dev.mux.server.cmd;

import java.util.Objects;

/**
 * The declaration at the top of a command, as in tmux's cmd-*.c tables: its name, an optional alias,
 * a getopt-like flag template, how many positional arguments it takes, and its usage line.
 *
 * <p>The template lists the flag letters; a letter followed by {@code ':'} takes a value, so
 * {@code "ds:x:y:t:"} means {@code -d} alone and {@code -s}, {@code -x}, {@code -y}, {@code -t} with a
 * value. A malformed template is a programming error and fails when the table is built, not when a
 * user first types the command.
 *
 * @param alias   the short name ({@code "new"}), or null when a command deliberately has none
 * @param maxArgs the most positional arguments accepted, or {@link #UNLIMITED}
 * @param usage   everything after the name, e.g. {@code "[-d] [-s session-name] [shell-command]"}
 * @param target       what {@code -t} names, resolved by the dispatcher before the body runs
 * @param targetPolicy what an absent or unknown {@code -t} means
 * @param source       what {@code -s} names (a source pane, a session to detach), resolved as {@code -t} is
 * @param sourcePolicy what an absent or unknown {@code -s} means
 */
public record CommandSpec(String name, String alias, String template, int minArgs, int maxArgs, String usage,
                          TargetKind target, TargetPolicy targetPolicy, TargetKind source, TargetPolicy sourcePolicy) {
    public static final int UNLIMITED = -1;

    /** A command without targets; {@link #target} and {@link #source} declare them. */
    public CommandSpec(String name, String alias, String template, int minArgs, int maxArgs, String usage) {
        this(name, alias, template, minArgs, maxArgs, usage, TargetKind.NONE);
    }

    /** A command whose {@code -t} names {@code target}, the current one when absent. */
    public CommandSpec(String name, String alias, String template, int minArgs, int maxArgs, String usage,
                       TargetKind target) {
        this(name, alias, template, minArgs, maxArgs, usage, target, TargetPolicy.REQUIRED, TargetKind.NONE,
                TargetPolicy.REQUIRED);
    }

    public CommandSpec {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(targetPolicy, "targetPolicy");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourcePolicy, "sourcePolicy");
        if (target != TargetKind.NONE && !template.contains("t:")) {
            throw new IllegalArgumentException(name + ": a resolved target needs a -t flag");
        }
        if (source != TargetKind.NONE && !template.contains("s:")) {
            throw new IllegalArgumentException(name + ": a resolved source needs a -s flag");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(usage, "usage");
        checkTemplate(name, template);
        if (minArgs < 0 || (maxArgs != UNLIMITED && maxArgs < minArgs)) {
            throw new IllegalArgumentException(name + ": bad argument counts " + minArgs + ".." + maxArgs);
        }
    }

    /** This declaration with {@code -t} naming {@code kind}, the current one when absent. */
    public CommandSpec target(TargetKind kind) {
        return target(kind, TargetPolicy.REQUIRED);
    }

    public CommandSpec target(TargetKind kind, TargetPolicy policy) {
        return new CommandSpec(name, alias, template, minArgs, maxArgs, usage, kind, policy, source, sourcePolicy);
    }

    /** This declaration with {@code -s} naming {@code kind}, the current one when absent. */
    public CommandSpec source(TargetKind kind) {
        return source(kind, TargetPolicy.REQUIRED);
    }

    public CommandSpec source(TargetKind kind, TargetPolicy policy) {
        return new CommandSpec(name, alias, template, minArgs, maxArgs, usage, target, targetPolicy, kind, policy);
    }

    /** Whether the user's word names this command exactly, by name or alias. */
    public boolean matches(String word) {
        return name.equals(word) || (alias != null && alias.equals(word));
    }

    /** Whether {@code flag} is in the template at all. */
    public boolean accepts(char flag) {
        return flag != ':' && template.indexOf(flag) >= 0;
    }

    /** Whether {@code flag} is followed by {@code ':'} in the template. */
    public boolean takesValue(char flag) {
        int at = accepts(flag) ? template.indexOf(flag) : -1;
        return at >= 0 && at + 1 < template.length() && template.charAt(at + 1) == ':';
    }

    /** The line tmux prints for {@code -?}: {@code usage: new-session [-d] ...}. */
    public String usageLine() {
        return usage.isEmpty() ? "usage: " + name : "usage: " + name + " " + usage;
    }

    private static void checkTemplate(String name, String template) {
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            boolean valueMark = c == ':' && i > 0 && template.charAt(i - 1) != ':';
            if (!valueMark && !isFlagLetter(c)) {
                throw new IllegalArgumentException(name + ": bad flag template \"" + template + "\"");
            }
            if (c != ':' && template.indexOf(c) != i) {
                throw new IllegalArgumentException(name + ": flag -" + c + " declared twice in \"" + template + "\"");
            }
        }
    }

    /** tmux accepts only letters and digits as flags (arguments.c rejects the rest as invalid). */
    static boolean isFlagLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
