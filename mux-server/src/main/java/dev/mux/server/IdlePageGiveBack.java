package dev.mux.server;

import dev.mux.platform.libc.CleanFilePages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives back the JVM's file-backed pages once the server has gone quiet. After start-up some 28
 * MiB of an idle one-pane server's resident 53 were clean copies of files that the JVM keeps mapped
 * for its whole life: libjvm.so, the JDK's modules and libraries, the class-data archives
 * (bench/README.md). The kernel takes such pages back only under memory pressure, and not while
 * other JVMs map the same file, so the server drops them itself ({@link CleanFilePages}); what it
 * runs next maps its pages in again from the page cache (minor faults).
 *
 * <p>Quiet is a whole {@link #PERIOD_MILLIS} in which no client's and no pane's channel was ready
 * (the loop's timers, which tick several times a second, and a status line's redraw do not count).
 * Two give-backs per quiet stretch (at the end of its first two periods); the next wait for some
 * input or output first. Loop thread only.
 */
final class IdlePageGiveBack {
    private static final Logger LOG = LoggerFactory.getLogger(IdlePageGiveBack.class);
    static final long PERIOD_MILLIS = 20_000;
    /**
     * The first give-back's own code is new, and the JIT compiling it maps much of libjvm in again
     * (an idle server went back from 21 to 24 MiB of file pages); the second finds it compiled.
     */
    static final int GIVE_BACKS_PER_STRETCH = 2;

    private final BiConsumer<Long, Runnable> scheduler;
    private final LongSupplier handledEvents;
    private final Runnable giveBack;
    private long eventsAtPeriodStart = -1;
    /** Give-backs since the last event. */
    private int givenBack;

    /**
     * {@code scheduler} runs a task after a delay (the loop's timers); {@code handledEvents} counts
     * the loop's handled events; {@code giveBack} drops the pages.
     */
    IdlePageGiveBack(BiConsumer<Long, Runnable> scheduler, LongSupplier handledEvents, Runnable giveBack) {
        this.scheduler = scheduler;
        this.handledEvents = handledEvents;
        this.giveBack = giveBack;
    }

    /** The JVM's own files and the class-data archives, dropped with the amount logged. */
    static Runnable jvmFiles() {
        String javaHome = realPath(System.getProperty("java.home"));
        Predicate<String> jvmFile = file -> file.startsWith(javaHome) || file.endsWith(".jsa");
        return () -> {
            long start = System.nanoTime();
            try {
                CleanFilePages.Found clean = new CleanFilePages().find(jvmFile);
                // Before the drop: the logging's code, run this once in a while, would map its pages in again.
                LOG.info("quiet: giving back {} KiB of the JVM's file pages (found in {} ms)", clean.bytes() / 1024,
                        (System.nanoTime() - start) / 1_000_000);
                clean.drop();
            } catch (IOException | RuntimeException e) {
                LOG.warn("quiet: could not give back the JVM's file pages: {}", e.toString());
            }
        };
    }

    private static String realPath(String directory) {
        try {
            return Path.of(directory).toRealPath() + "/";
        } catch (IOException e) {
            return directory + "/";
        }
    }

    /** Starts watching: the first check is a period from now. */
    IdlePageGiveBack start() {
        scheduler.accept(PERIOD_MILLIS, this::periodOver);
        return this;
    }

    private void periodOver() {
        scheduler.accept(PERIOD_MILLIS, this::periodOver);
        long events = handledEvents.getAsLong();
        if (events != eventsAtPeriodStart) {
            eventsAtPeriodStart = events;
            givenBack = 0;
        } else if (givenBack < GIVE_BACKS_PER_STRETCH) {
            giveBack.run();
            givenBack++;
        }
    }
}
