package dev.mux.server;

import dev.mux.server.cmd.Background;
import dev.mux.server.cmd.CommandException;
import dev.mux.server.cmd.CommandResult;
import dev.mux.server.cmd.ShellResult;
import dev.mux.server.loop.EventLoop;
import dev.mux.server.model.Pane;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

/** A command's blocking work on a worker thread; its reply is sent when the work is done. */
final class BackgroundReply implements Background {
    private final BlockingWork blockingWork;
    private final ShellJobs shellJobs;
    private final Reply reply;
    private final EventLoop loop;

    BackgroundReply(BlockingWork blockingWork, ShellJobs shellJobs, Reply reply, EventLoop loop) {
        this.blockingWork = blockingWork;
        this.shellJobs = shellJobs;
        this.reply = reply;
        this.loop = loop;
    }

    @Override
    public void pipe(Pane pane, String command, boolean output, boolean input) throws CommandException {
        try {
            PanePipe.open(pane, loop, command, output, input);
        } catch (IOException e) {
            throw new CommandException("fork error: " + e.getMessage());
        }
    }

    @Override
    public void closePipe(Pane pane) {
        PanePipe.close(pane);
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
    public boolean insertAfter(List<List<String>> commands) {
        if (reply instanceof HeldReply held) return held.insertAfter(commands);
        if (reply instanceof ControlReply control) return control.insertAfter(commands);
        return false;
    }

    @Override
    public boolean afterList(Runnable action) {
        return reply instanceof HeldReply held && held.afterList(action);
    }

    @Override
    public CommandResult later(Deferral wait) {
        return wait.defer(() -> reply.finish(0)) ? CommandResult.PENDING : CommandResult.DONE;
    }

    @Override
    public CommandResult laterWithStatus(StatusDeferral wait) {
        return wait.defer(reply::finish) ? CommandResult.PENDING : CommandResult.DONE;
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
