package dev.mux.server.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** OSC 7 as terminals read it: {@code file://HOST/PATH}, the path percent-encoded (RFC 8089, RFC 3986). */
class ReportedDirectoryTest {
    @Test
    void aLocalFileUrlNamesItsDecodedPath() {
        assertEquals("/tmp/a b", ReportedDirectory.localPath("file:///tmp/a%20b", "box"));
        assertEquals("/tmp/x", ReportedDirectory.localPath("file://localhost/tmp/x", "box"));
        assertEquals("/home/\u00e9", ReportedDirectory.localPath("file://BOX/home/%C3%A9", "box"));
    }

    @Test
    void anotherHostOrAnythingElseNamesNothingHere() {
        assertNull(ReportedDirectory.localPath("file://elsewhere/tmp", "box"));
        assertNull(ReportedDirectory.localPath("http://box/tmp", "box"));
        assertNull(ReportedDirectory.localPath("file://box", "box"));
        assertNull(ReportedDirectory.localPath("file:///tmp/%2", "box"));
        assertNull(ReportedDirectory.localPath("file:///tmp/%zz", "box"));
        assertNull(ReportedDirectory.localPath("file:///tmp/%00", "box"));
        assertNull(ReportedDirectory.localPath("", "box"));
    }

    @Test
    void osc7KeepsTheUrlAsSentAsTmuxDoes() {
        // tmux 3.3a: printf '\033]7;file://localhost/tmp/a%20b\007' gives #{pane_path} "file://localhost/tmp/a%20b".
        Terminal terminal = new Terminal(20, 3, 10, reply -> { });
        terminal.feed("\033]7;file://localhost/tmp/a%20b\007x".getBytes(StandardCharsets.UTF_8));
        assertEquals("file://localhost/tmp/a%20b", terminal.screen().reportedPath());
        terminal.feed("\033]7;file:///srv\033\\".getBytes(StandardCharsets.UTF_8));
        assertEquals("file:///srv", terminal.screen().reportedPath());
        terminal.feed("\033]7;file:///bad\377\007".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("file:///srv", terminal.screen().reportedPath(), "a path that is not UTF-8 is ignored");
    }
}
