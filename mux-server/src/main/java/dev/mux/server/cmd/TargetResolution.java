package dev.mux.server.cmd;

/**
 * The dispatcher's answer for one target flag of a command: the target, none (an optional flag not
 * given), or the error its resolution met, kept for the body to meet when it asks
 * ({@link TargetPolicy#CAN_FAIL}).
 */
record TargetResolution(Target target, CommandException failure) {
    static final TargetResolution ABSENT = new TargetResolution(null, null);

    /** Resolves {@code text} (null: the flag was not given) as {@code kind} under {@code policy}. */
    static TargetResolution resolve(TargetKind kind, TargetPolicy policy, String text, CommandContext context)
            throws CommandException {
        if (kind == TargetKind.NONE || (text == null && policy == TargetPolicy.OPTIONAL)) return ABSENT;
        try {
            return new TargetResolution(Target.resolve(kind, context, text), null);
        } catch (CommandException e) {
            if (policy != TargetPolicy.CAN_FAIL) throw e;
            return new TargetResolution(null, e);
        }
    }

    Target get() throws CommandException {
        if (failure != null) throw failure;
        return target;
    }
}
