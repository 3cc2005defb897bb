package dev.mux.scope.cli;

/**
 * mux-scope's command line: getopt-style short options. A command after the options is run by
 * bin/mux-scope, which passes its own pid with -p and -q and execs the command itself.
 */
record Options(long pid, long statusPid, String unit, String description, boolean enableLinger, boolean quiet, boolean help) {
    static Options parse(String[] args) {
        long pid = 0;
        long statusPid = 0;
        String unit = null;
        String description = null;
        boolean linger = false;
        boolean quiet = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "-p" -> pid = number(value(args, ++i, arg));
                case "-s" -> statusPid = number(value(args, ++i, arg));
                case "-u" -> unit = value(args, ++i, arg);
                case "-d" -> description = value(args, ++i, arg);
                case "-L" -> linger = true;
                case "-q" -> quiet = true;
                case "-h", "--help" -> {
                    return new Options(0, 0, null, null, false, false, true);
                }
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        int actions = (pid > 0 ? 1 : 0) + (statusPid > 0 ? 1 : 0) + (linger ? 1 : 0);
        if (actions != 1) throw new IllegalArgumentException("give one of -p, -s, -L or a command");
        return new Options(pid, statusPid, unit, description, linger, quiet, false);
    }

    private static String value(String[] args, int at, String option) {
        if (at >= args.length) throw new IllegalArgumentException("option " + option + " needs a value");
        return args[at];
    }

    private static long number(String text) {
        try {
            long value = Long.parseLong(text);
            if (value > 0) return value;
        } catch (NumberFormatException e) {
            // reported below, with the text
        }
        throw new IllegalArgumentException("not a pid: " + text);
    }
}
