package dev.mux.server.cmd;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * save-snapshot (mux's own): writes the server's snapshot now rather than when output settles, and
 * replies once it is on disk, with where it is and what snapshots cost so far.
 */
final class SaveSnapshotCommand {
    static final Command COMMAND = new Command(new CommandSpec("save-snapshot", null, "", 0, 0, ""),
            SaveSnapshotCommand::run);
    private static final long WAIT_SECONDS = 30;

    private static CommandResult run(CommandContext context, ParsedArgs args) {
        Resurrecting snapshots = context.resurrection();
        CompletableFuture<Void> written = snapshots.saveNow();
        return context.background().afterBlocking(() -> {
            try {
                written.get(WAIT_SECONDS, TimeUnit.SECONDS);
                return null;
            } catch (ExecutionException e) {
                return String.valueOf(e.getCause().getMessage());
            } catch (TimeoutException e) {
                return "not written after " + WAIT_SECONDS + " seconds";
            }
        }, failure -> {
            if (failure != null) throw new CommandException("save-snapshot: " + failure);
            context.out().print(snapshots.saved());
        });
    }
}
