package dev.mux.server;

import dev.mux.server.cmd.Background;
import dev.mux.server.cmd.CommandException;
import dev.mux.server.cmd.CommandResult;
import dev.mux.server.cmd.ShellResult;
import java.util.concurrent.Callable;

/** A command's blocking work on a worker thread; its reply is sent when the work is done. */
final class BackgroundReply implements Background {
    private final BlockingWork blockingWork;
    private final ShellJobs shellJobs;
    private final Reply reply;

    BackgroundReply(BlockingWork blockingWork, ShellJobs shellJobs, Reply reply) {
        this.blockingWork = blockingWork;
        this.shellJobs = shellJobs;
        this.reply = reply;
    }

    @Override
    public <T> CommandResult afterBlocking(Callable<T> work, Completion<T> done) {
        blockingWork.offLoop(work, result -> {
            try {
                done.complete(result);
                reply.finish(0);
            } catch (CommandException e) {
                reply.error(e.getMessage());
                reply.finish(1);
            }
        }, failure -> {
            reply.error(String.valueOf(failure.getMessage()));
            reply.finish(1);
        });
        return CommandResult.PENDING;
    }

    @Override
    public CommandResult afterShell(String command, long delayMillis, String directory, Finish done) {
        shellJobs.run(command, delayMillis, directory, result -> {
            try {
                reply.finish(done.complete(result));
            } catch (CommandException e) {
                reply.error(e.getMessage());
                reply.finish(1);
            }
        }, failure -> {
            reply.error(failure);
            reply.finish(1);
        });
        return CommandResult.PENDING;
    }

    @Override
    public void shell(String command, long delayMillis, String directory, Completion<ShellResult> done) {
        shellJobs.run(command, delayMillis, directory, result -> {
            try {
                done.complete(result);
            } catch (CommandException e) {
                reply.error(e.getMessage());
            }
        }, reply::error);
    }
}
