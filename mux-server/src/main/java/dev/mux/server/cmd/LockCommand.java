package dev.mux.server.cmd;

/**
 * lock-server, lock-session and lock-client: each client locked runs its session's lock-command
 * (by default {@code lock -np}) in its terminal, with nothing of the session left on the screen,
 * and is drawn again when the command ends. lock-server locks every attached client,
 * lock-session those of the target session, lock-client the target client.
 */
final class LockCommand {
    static final Command SERVER = new Command(new CommandSpec("lock-server", "lock", "", 0, 0, ""),
            (context, args) -> {
                context.clients().lock(null);
                return CommandResult.DONE;
            });
    static final Command SESSION = new Command(new CommandSpec("lock-session", "locks", "t:", 0, 0,
            "[-t target-session]", TargetKind.SESSION), (context, args) -> {
                context.clients().lock(args.target().session());
                return CommandResult.DONE;
            });
    static final Command CLIENT = new Command(new CommandSpec("lock-client", "lockc", "t:", 0, 0,
            "[-t target-client]"), (context, args) -> {
                context.requester().targetClient(args.value('t')).lock();
                return CommandResult.DONE;
            });

    private LockCommand() {}
}
