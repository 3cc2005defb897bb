package dev.mux.server.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mux.scope.LoginManager;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the server does on logind's signals, with a stand-in logind on a private bus (no locks can
 * be taken there, which must not matter): before shutdown the preparations run and finish before
 * the panes are hung up; before sleep they run and nothing is hung up; a preparation that never
 * finishes holds the shutdown up for its limit only.
 */
class OrderlyShutdownTest {
    private Process daemon;
    private DBusConnection logind;
    private String address;
    private final List<String> events = new CopyOnWriteArrayList<>();
    private OrderlyShutdown shutdown;

    @BeforeEach
    void startBus() throws Exception {
        daemon = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1").start();
        address = new BufferedReader(new InputStreamReader(daemon.getInputStream(), StandardCharsets.UTF_8)).readLine().strip();
        logind = DBusConnectionBuilder.forAddress(address).withShared(false).build();
        logind.requestBusName(LoginManager.BUS_NAME);
    }

    @AfterEach
    void stopBus() throws Exception {
        if (shutdown != null) shutdown.close();
        logind.disconnect();
        daemon.destroy();
        daemon.waitFor(5, TimeUnit.SECONDS);
    }

    @Test
    void beforeShutdownThePreparationsFinishThenThePanesAreHungUp() throws Exception {
        start();
        shutdown.prepareWith(reason -> {
            events.add("prepare: " + reason);
            return CompletableFuture.runAsync(() -> events.add("prepared"));
        });
        logind.sendMessage(new LoginManager.PrepareForShutdown(LoginManager.PATH, true));
        await(() -> events.contains("hung up: system shutdown"));
        assertEquals(List.of("prepare: the machine shut down", "prepared", "hung up: system shutdown"), events);
    }

    @Test
    void beforeSleepThePreparationsRunAndNothingIsHungUp() throws Exception {
        start();
        shutdown.prepareWith(reason -> {
            events.add("prepare: " + reason);
            return CompletableFuture.completedFuture(null);
        });
        logind.sendMessage(new LoginManager.PrepareForSleep(LoginManager.PATH, true));
        await(() -> events.contains("prepare: the machine went to sleep"));
        Thread.sleep(300);
        assertEquals(List.of("prepare: the machine went to sleep"), events);
    }

    @Test
    void aPreparationThatNeverEndsHoldsTheShutdownUpForItsLimitOnly() throws Exception {
        start();
        shutdown.prepareWith(reason -> new CompletableFuture<>());
        long start = System.nanoTime();
        logind.sendMessage(new LoginManager.PrepareForShutdown(LoginManager.PATH, true));
        await(() -> events.contains("hung up: system shutdown"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis >= OrderlyShutdown.PREPARATION_LIMIT.toMillis() - 100 && millis < OrderlyShutdown.PREPARATION_LIMIT.toMillis() + 2000,
                millis + " ms");
    }

    /** Starts listening and waits until the listener is on the bus (the locks fail: nobody answers Inhibit here). */
    private void start() throws Exception {
        shutdown = OrderlyShutdown.start(Map.of("DBUS_SYSTEM_BUS_ADDRESS", address), Runnable::run,
                (why, stopped) -> {
                    events.add("hung up: " + why);
                    stopped.run();
                }, "/run/user/1000/mux/test");
        await(shutdown::listening);
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not within 10 s");
            Thread.sleep(10);
        }
    }
}
