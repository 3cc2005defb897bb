package dev.mux.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlobalOptionsTest {

    @Test
    void noCommandMeansNewSession() throws ClientException {
        GlobalOptions options = GlobalOptions.parse();
        assertEquals(List.of("new-session"), options.command());
        assertNull(options.socketName());
        assertNull(options.socketPath());
    }

    @Test
    void socketFlagsTakeTheNextWordOrTheRestOfTheCluster() throws ClientException {
        GlobalOptions separate = GlobalOptions.parse("-L", "work", "-S", "/tmp/s", "ls");
        assertEquals("work", separate.socketName());
        assertEquals("/tmp/s", separate.socketPath());
        assertEquals(List.of("ls"), separate.command());

        GlobalOptions joined = GlobalOptions.parse("-Lwork", "ls");
        assertEquals("work", joined.socketName());

        GlobalOptions clustered = GlobalOptions.parse("-VL", "work");
        assertTrue(clustered.version());
        assertEquals("work", clustered.socketName());
    }

    @Test
    void theCommandAndItsFlagsAreLeftUntouched() throws ClientException {
        GlobalOptions options = GlobalOptions.parse("-L", "x", "new", "-d", "-s", "work", "--", "-h");
        assertEquals(List.of("new", "-d", "-s", "work", "--", "-h"), options.command());
        assertFalse(options.help());
    }

    @Test
    void doubleDashEndsTheGlobalFlags() throws ClientException {
        assertEquals(List.of("-V"), GlobalOptions.parse("--", "-V").command());
    }

    @Test
    void helpAndVersion() throws ClientException {
        assertTrue(GlobalOptions.parse("-h").help());
        assertTrue(GlobalOptions.parse("--help").help());
        assertTrue(GlobalOptions.parse("-V").version());
    }

    @Test
    void controlModeCountsItsFlagUpToTwice() throws ClientException {
        assertEquals(0, GlobalOptions.parse("ls").controlLevel());
        assertEquals(1, GlobalOptions.parse("-C", "new").controlLevel());
        assertEquals(2, GlobalOptions.parse("-CC", "attach").controlLevel());
        assertEquals(2, GlobalOptions.parse("-C", "-L", "x", "-C").controlLevel());
        assertEquals(2, GlobalOptions.parse("-CCC").controlLevel());
        assertTrue(GlobalOptions.parse("-C").control());
        assertEquals(List.of("new-session"), GlobalOptions.parse("-C").command());
    }

    @Test
    void unknownFlagIsReportedWithTheUsage() {
        ClientException e = assertThrows(ClientException.class, () -> GlobalOptions.parse("-z", "ls"));
        assertEquals("mux: unknown option -- z\n" + GlobalOptions.USAGE, e.getMessage());
    }

    @Test
    void missingFlagArgumentIsReported() {
        ClientException e = assertThrows(ClientException.class, () -> GlobalOptions.parse("-S"));
        assertEquals("mux: option requires an argument -- S\n" + GlobalOptions.USAGE, e.getMessage());
    }
}
