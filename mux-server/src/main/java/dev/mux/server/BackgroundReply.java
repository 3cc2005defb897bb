package dev.mux.server;

import dev.mux.server.cmd.Background;
import dev.mux.server.cmd.CommandException;
import dev.mux.server.cmd.CommandResult;
import java.util.concurrent.Callable;

/** A command's blocking work on the worker thread; its reply is sent when the work is done. */
final class BackgroundReply implements Background {
    private final BlockingWork blockingWork;
    private final Reply reply;

    BackgroundReply(BlockingWork blockingWork, Reply reply) {
        this.blockingWork = blockingWork;
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
}
