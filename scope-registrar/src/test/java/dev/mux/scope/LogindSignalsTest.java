package dev.mux.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Listening for logind's PrepareForShutdown where things go wrong: no system bus, no logind, and a
 * signal of that name sent by someone else, which must not end anyone's sessions.
 */
class LogindSignalsTest {
    private static final Duration LIMIT = Duration.ofMillis(1500);

    @TempDir
    Path scratch;

    @Test
    void withoutASystemBusItSaysWhy() {
        LogindSignals.Listening listening = LogindSignals.listen(
                Map.of("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=" + scratch.resolve("none")), LIMIT, start -> { }, start -> { });
        assertFalse(listening.listening());
        assertFalse(listening.whyNot().isBlank());
    }

    @Test
    void withoutLogindOnTheBusItSaysWhy() throws Exception {
        try (PrivateBus bus = PrivateBus.start()) {
            LogindSignals.Listening listening = LogindSignals.listen(Map.of("DBUS_SYSTEM_BUS_ADDRESS", bus.address()), LIMIT,
                    start -> { }, start -> { });
            assertFalse(listening.listening());
        }
    }

    @Test
    void onlyLogindsOwnSignalCounts() throws Exception {
        List<Boolean> heard = new CopyOnWriteArrayList<>();
        try (PrivateBus bus = PrivateBus.start()) {
            DBusConnection logind = DBusConnectionBuilder.forAddress(bus.address()).withShared(false).build();
            DBusConnection stranger = DBusConnectionBuilder.forAddress(bus.address()).withShared(false).build();
            try {
                logind.requestBusName(LoginManager.BUS_NAME);
                LogindSignals.Listening listening = LogindSignals.listen(Map.of("DBUS_SYSTEM_BUS_ADDRESS", bus.address()), LIMIT,
                        heard::add, start -> { });
                assertTrue(listening.listening(), listening.whyNot());
                try (LogindSignals signals = listening.signals()) {
                    stranger.sendMessage(new LoginManager.PrepareForShutdown(LoginManager.PATH, true));
                    logind.sendMessage(new LoginManager.PrepareForShutdown(LoginManager.PATH, false));
                    long deadline = System.nanoTime() + LIMIT.toNanos();
                    while (heard.isEmpty() && System.nanoTime() < deadline) Thread.sleep(10);
                    // Signals from one bus arrive in order: the stranger's came first and was dropped.
                    assertEquals(List.of(false), heard);
                }
            } finally {
                logind.disconnect();
                stranger.disconnect();
            }
        }
    }
}
