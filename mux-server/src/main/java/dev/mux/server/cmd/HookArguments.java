package dev.mux.server.cmd;

import dev.mux.server.input.ArgEscape;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The formats an after hook's commands see of the command that ran, as tmux names them:
 * {@code hook_arguments} (its arguments printed as tmux prints them: lone flags grouped, then each
 * flag with its value, then the arguments), {@code hook_argument_N}, {@code hook_flag_X} (its last
 * value, or 1) and {@code hook_flag_X_N}.
 */
public final class HookArguments {
    private HookArguments() {
    }

    public static Map<String, String> of(CommandSpec spec, ParsedArgs args) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("hook_arguments", printed(spec, args));
        List<String> positional = args.positional();
        for (int i = 0; i < positional.size(); i++) values.put("hook_argument_" + i, positional.get(i));
        for (char flag : sortedFlags(spec)) {
            if (!args.has(flag)) continue;
            List<String> given = spec.takesValue(flag) ? args.values(flag) : List.of();
            values.put("hook_flag_" + flag, given.isEmpty() ? "1" : given.get(given.size() - 1));
            for (int i = 0; i < given.size(); i++) values.put("hook_flag_" + flag + "_" + i, given.get(i));
        }
        return values;
    }

    private static String printed(CommandSpec spec, ParsedArgs args) {
        StringBuilder alone = new StringBuilder();
        StringBuilder valued = new StringBuilder();
        for (char flag : sortedFlags(spec)) {
            if (!args.has(flag)) continue;
            if (!spec.takesValue(flag)) {
                alone.append(flag);
                continue;
            }
            for (String value : args.values(flag)) valued.append(" -").append(flag).append(' ').append(ArgEscape.escape(value));
        }
        StringBuilder printed = new StringBuilder(alone.length() > 0 ? "-" + alone : "");
        printed.append(printed.length() > 0 ? valued : valued.toString().stripLeading());
        for (String word : args.positional()) {
            if (printed.length() > 0) printed.append(' ');
            printed.append(ArgEscape.escape(word));
        }
        return printed.toString();
    }

    private static char[] sortedFlags(CommandSpec spec) {
        char[] flags = spec.template().replace(":", "").toCharArray();
        Arrays.sort(flags);
        return flags;
    }
}
