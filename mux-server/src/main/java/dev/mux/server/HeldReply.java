package dev.mux.server;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The reply of a {@link CommandQueue}: output and errors pass straight through, but the end a
 * waiting command reports ({@link #finish}) goes to the queue, which runs the commands after it
 * and only then sends the end on ({@link #finishHeld}).
 */
final class HeldReply implements Reply {
    private final Reply reply;
    private IntConsumer sequel;
    private boolean running;
    private Integer earlyFinish;
    private final List<Runnable> afterList = new ArrayList<>();
    private final List<List<String>> inserted = new ArrayList<>();

    HeldReply(Reply reply) {
        this.reply = reply;
    }

    @Override
    public void output(String text) {
        reply.output(text);
    }

    @Override
    public void error(String line) {
        reply.error(line);
    }

    /** A waiting command is over: the queue goes on, or with nothing held the end is sent at once. */
    @Override
    public void finish(int status) {
        IntConsumer next = sequel;
        sequel = null;
        if (next != null) {
            next.accept(status);
        } else if (running) {
            earlyFinish = status;
        } else {
            reply.finish(status);
        }
    }

    /** A command of the queue starts (true) or returned (false); an end it reports meanwhile is kept for the queue. */
    void running(boolean now) {
        running = now;
        if (now) earlyFinish = null;
    }

    /**
     * Takes commands to run right after the current one, while the queue runs it or waits on it;
     * false, taking nothing, when the list is not in the queue's hands (it is over).
     */
    boolean insertAfter(List<List<String>> commands) {
        if (!running && sequel == null) return false;
        inserted.addAll(commands);
        return true;
    }

    /** The commands inserted since this was last asked, in order. */
    List<List<String>> takeInserted() {
        List<List<String>> taken = List.copyOf(inserted);
        inserted.clear();
        return taken;
    }

    /** The end the command that just returned reported before it returned, or null. */
    Integer takeEarlyFinish() {
        Integer early = earlyFinish;
        earlyFinish = null;
        return early;
    }

    /** What runs when the command waited on reports its end. */
    void whenFinished(IntConsumer then) {
        sequel = then;
    }

    /** The whole list is over: its end is sent, then what waited for it runs. */
    void finishHeld(int status) {
        reply.finish(status);
        List<Runnable> waiting = List.copyOf(afterList);
        afterList.clear();
        waiting.forEach(Runnable::run);
    }

    /**
     * Keeps {@code action} to run after the list's held end is sent ({@link #finishHeld}), if the
     * list is held now (the queue waits on one of its commands); false, keeping nothing, if not.
     */
    boolean afterList(Runnable action) {
        if (sequel == null) return false;
        afterList.add(action);
        return true;
    }
}
