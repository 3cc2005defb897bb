package dev.mux.server.stop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mux.server.options.OptionAssignment;
import dev.mux.server.options.OptionException;
import dev.mux.server.options.OptionStore;
import dev.mux.server.options.OptionTable;
import dev.mux.server.options.Options;
import dev.mux.server.options.StandardOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StopSettingsTest {
    private final OptionTable table = StandardOptions.table();
    private final Options global = new OptionStore(table).session();

    @Test
    void theDefaultsHangUpWaitFiveSecondsThenKill() {
        StopSettings settings = StopSettings.from(global);
        assertEquals(KillMode.CONTROL_GROUP, settings.killMode());
        assertTrue(settings.viaHangup());
        assertEquals(UnixSignal.SIGHUP, settings.killSignal());
        assertTrue(settings.sendSigkill());
        assertEquals(UnixSignal.SIGKILL, settings.finalKillSignal());
        assertEquals(Duration.ofSeconds(5), settings.timeout());
    }

    @Test
    void everyValueTheOptionsAcceptIsASetting() throws OptionException {
        for (String mode : table.definition("kill-mode").choices()) {
            OptionAssignment.set(global, table.find("kill-mode"), mode, false);
            assertEquals(mode, StopSettings.from(global).killMode().optionValue());
        }
        for (String signal : table.definition("kill-signal").choices()) {
            OptionAssignment.set(global, table.find("kill-signal"), signal, false);
            assertEquals(signal, StopSettings.from(global).killSignalName());
        }
        for (String signal : table.definition("final-kill-signal").choices()) {
            OptionAssignment.set(global, table.find("final-kill-signal"), signal, false);
            assertEquals(signal, StopSettings.from(global).finalKillSignal().name());
        }
    }
}
