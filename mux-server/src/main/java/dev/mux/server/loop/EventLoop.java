package dev.mux.server.loop;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that owns all server state. Client sockets and panes' ptys become ready, other
 * threads post tasks (a process exited, a signal came), timers fall due; each is handled here in
 * turn, and after every batch the batch hooks run (rendering), so a flood of pty reads costs one
 * render per turn, not one per read. Handlers never block, and a pty handler reads at most a fair
 * share per turn, so no pane, client or key waits for another.
 */
public final class EventLoop {
    private static final Logger LOG = LoggerFactory.getLogger(EventLoop.class);
    /** Something registered with the selector; the loop calls it when its key is ready. */
    public interface Handler {
        void ready(SelectionKey key) throws IOException;

        /** The handler threw; it should release its resources. The loop goes on. */
        void failed(Exception cause);
    }

    private final Selector selector;
    private final ConcurrentLinkedQueue<Runnable> posted = new ConcurrentLinkedQueue<>();
    /**
     * A wakeup was sent and the loop has not yet started draining the posted tasks: one wakeup (a
     * syscall each) covers any number of posts.
     */
    private final AtomicBoolean wakeupPending = new AtomicBoolean();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private final List<Runnable> batchHooks = new ArrayList<>();
    private final Thread owner;
    /**
     * {@link #dispatch} as the selector takes it, made once: a method reference written at the
     * call would be a new object on every turn of the loop (C1 does not elide it).
     */
    private final Consumer<SelectionKey> dispatcher = this::dispatch;
    private long timerSequence;
    /** Ready channels handled so far: what tells a quiet server from a busy one (timers are not counted). */
    private long handled;
    private boolean running = true;

    public EventLoop() throws IOException {
        this.selector = Selector.open();
        this.owner = Thread.currentThread();
    }

    public Selector selector() {
        return selector;
    }

    /** Runs {@code task} on the loop thread; safe to call from any thread. */
    public void post(Runnable task) {
        posted.add(task);
        if (!wakeupPending.getAndSet(true)) selector.wakeup();
    }

    /** Runs {@code task} on the loop thread after {@code delayMillis}; loop thread only. */
    public Timer schedule(long delayMillis, Runnable task) {
        assertOwner();
        Timer timer = new Timer(System.nanoTime() + delayMillis * 1_000_000L, timerSequence++, task);
        timers.add(timer);
        return timer;
    }

    /** Runs after every batch of events, in the order added. */
    public void addBatchHook(Runnable hook) {
        batchHooks.add(hook);
    }

    public void stop() {
        running = false;
        selector.wakeup();
    }

    /** Made in advance: when the heap is exhausted, making it then could fail in turn. */
    private static final IllegalStateException OUT_OF_MEMORY = new IllegalStateException("out of memory");

    public void run() throws IOException {
        assertOwner();
        while (running) {
            if (posted.isEmpty()) {
                selector.select(dispatcher, selectTimeoutMillis());
            } else {
                selector.selectNow(dispatcher);
            }
            runPosted();
            runDueTimers();
            // Indexed: a for-each would make an iterator on every turn (C1 does no escape analysis).
            for (int i = 0; i < batchHooks.size(); i++) runGuarded(batchHooks.get(i));
        }
        selector.close();
    }

    /** How many times a client's or a pane's channel was ready and handled since the loop began. */
    public long handledEvents() {
        return handled;
    }

    private void dispatch(SelectionKey key) {
        handled++;
        Handler handler = (Handler) key.attachment();
        try {
            if (key.isValid()) handler.ready(key);
        } catch (IOException | RuntimeException e) {
            handler.failed(e);
        } catch (StackOverflowError e) {
            // Input that recursed too deep (a bug to fix where it happened) ends that client, not the server.
            LOG.error("handler overflowed the stack", e);
            handler.failed(new IllegalStateException("stack overflow"));
        } catch (OutOfMemoryError e) {
            failOutOfMemory(handler);
        }
    }

    /**
     * What that handler was building is garbage now: it ends that client or pane, and the heap it
     * took is there for everyone else again. Nothing is allocated before the handler lets go (the
     * failure is made in advance, the log line comes after): a second OutOfMemoryError here would
     * leave the loop and end the server.
     */
    private static void failOutOfMemory(Handler handler) {
        try {
            handler.failed(OUT_OF_MEMORY);
            LOG.error("handler ran out of memory");
        } catch (OutOfMemoryError again) {
            // Still no heap even after letting go: the next turn of the loop tries again.
        }
    }

    private void runPosted() {
        // Cleared before draining, so a task posted from now on either is drained below or wakes
        // the next select.
        wakeupPending.set(false);
        Runnable task;
        while ((task = posted.poll()) != null) runGuarded(task);
    }

    private void runDueTimers() {
        long now = System.nanoTime();
        while (!timers.isEmpty() && timers.peek().dueNanos - now <= 0) {
            Timer timer = timers.poll();
            if (!timer.cancelled) runGuarded(timer.task);
        }
    }

    /** A task that throws is a bug in that task: it is logged, and the server goes on serving the rest. */
    private static void runGuarded(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("event loop task failed", e);
        } catch (OutOfMemoryError e) {
            try {
                LOG.error("event loop task ran out of memory");
            } catch (OutOfMemoryError again) {
                // Not even the log line fits: the task's garbage goes at the next collection all the same.
            }
        }
    }

    private long selectTimeoutMillis() {
        Timer next = timers.peek();
        if (next == null) return 0;
        return Math.max(1, (next.dueNanos - System.nanoTime() + 999_999) / 1_000_000);
    }

    private void assertOwner() {
        if (Thread.currentThread() != owner) throw new IllegalStateException("not on the event loop thread");
    }

    /** A scheduled task; cancel it when what it waits for happened first. */
    public static final class Timer implements Comparable<Timer> {
        private final long dueNanos;
        private final long sequence;
        /** Dropped on cancel: a cancelled timer waits in the queue until its time, holding nothing. */
        private Runnable task;
        private boolean cancelled;

        private Timer(long dueNanos, long sequence, Runnable task) {
            this.dueNanos = dueNanos;
            this.sequence = sequence;
            this.task = task;
        }

        public void cancel() {
            cancelled = true;
            task = null;
        }

        @Override
        public int compareTo(Timer other) {
            int byTime = Long.compare(dueNanos - other.dueNanos, 0);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }
}
