package dev.mux.server.stop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mux.server.options.OptionException;
import dev.mux.server.options.OptionStore;
import dev.mux.server.options.OptionTable;
import dev.mux.server.options.StandardOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StopSettingsTest {
    private final OptionTable table = StandardOptions.table();
    private final OptionStore store = new OptionStore(table);

    @Test
    void theDefaultsHangUpWaitFiveSecondsThenKill() {
        StopSettings settings = StopSettings.from(store, null);
        assertEquals(KillMode.CONTROL_GROUP, settings.killMode());
        assertTrue(settings.viaHangup());
        assertEquals(UnixSignal.SIGHUP, settings.killSignal());
        assertTrue(settings.sendSigkill());
        assertEquals(UnixSignal.SIGKILL, settings.finalKillSignal());
        assertEquals(Duration.ofSeconds(5), settings.timeout());
    }

    @Test
    void everyValueTheOptionsAcceptIsASetting() throws OptionException {
        for (String mode : table.find("kill-mode").choices()) {
            store.set(table.find("kill-mode"), null, mode);
            assertEquals(mode, StopSettings.from(store, null).killMode().optionValue());
        }
        for (String signal : table.find("kill-signal").choices()) {
            store.set(table.find("kill-signal"), null, signal);
            assertEquals(signal, StopSettings.from(store, null).killSignalName());
        }
        for (String signal : table.find("final-kill-signal").choices()) {
            store.set(table.find("final-kill-signal"), null, signal);
            assertEquals(signal, StopSettings.from(store, null).finalKillSignal().name());
        }
    }
}
