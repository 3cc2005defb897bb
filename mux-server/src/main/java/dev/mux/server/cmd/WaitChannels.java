package dev.mux.server.cmd;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;

/**
 * wait-for's named channels, server-wide: clients waiting for a signal, a lock and the clients
 * queued for it. A waiting client's command is a deferred reply, resumed by a later command, so
 * nothing waits on the loop. A channel goes once nothing is left on it, as in tmux.
 */
public final class WaitChannels {
    private final Map<String, Channel> channels = new HashMap<>();

    private static final class Channel {
        boolean woken;
        boolean locked;
        final Queue<Runnable> waiters = new ArrayDeque<>();
        final Queue<Runnable> lockers = new ArrayDeque<>();
    }

    /** Waits for {@code name}'s signal: false if one came with nobody waiting (used up now), else {@code resume} runs at the next. */
    boolean await(String name, Runnable resume) {
        Channel channel = channels.computeIfAbsent(name, n -> new Channel());
        if (channel.woken) {
            channel.woken = false;
            removeIfIdle(name, channel);
            return false;
        }
        channel.waiters.add(resume);
        return true;
    }

    /** Resumes every waiter; with none, the signal is kept for the next one to wait. */
    void signal(String name) {
        Channel channel = channels.computeIfAbsent(name, n -> new Channel());
        if (channel.waiters.isEmpty() && !channel.woken) {
            channel.woken = true;
            return;
        }
        while (!channel.waiters.isEmpty()) channel.waiters.remove().run();
        removeIfIdle(name, channel);
    }

    /** Takes the lock: false if it was free, else {@code resume} runs when it is handed over. */
    boolean lock(String name, Runnable resume) {
        Channel channel = channels.computeIfAbsent(name, n -> new Channel());
        if (!channel.locked) {
            channel.locked = true;
            return false;
        }
        channel.lockers.add(resume);
        return true;
    }

    /** Hands the lock to the first client queued for it, else frees it. */
    void unlock(String name) throws CommandException {
        Channel channel = channels.get(name);
        if (channel == null || !channel.locked) throw new CommandException("channel " + name + " not locked");
        if (!channel.lockers.isEmpty()) {
            channel.lockers.remove().run();
            return;
        }
        channel.locked = false;
        removeIfIdle(name, channel);
    }

    private void removeIfIdle(String name, Channel channel) {
        if (!channel.locked && channel.waiters.isEmpty() && !channel.woken) channels.remove(name);
    }
}
