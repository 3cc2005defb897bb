package dev.mux.server.cmd;

import dev.mux.server.environ.Environment;

/** Which environment set-environment and show-environment act on: -g the global one, else the target session's. */
final class EnvironmentTargets {
    private EnvironmentTargets() {
    }

    static Environment of(CommandContext context, ParsedArgs args) throws CommandException {
        if (args.has('g')) return context.panes().globalEnvironment();
        try {
            return args.target().session().environment();
        } catch (CommandException e) {
            // tmux's words when -t names no session, whatever the resolution said.
            if (args.has('t')) throw new CommandException("no such session: " + args.value('t'));
            throw e;
        }
    }
}
