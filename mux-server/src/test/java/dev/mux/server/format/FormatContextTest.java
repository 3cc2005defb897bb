package dev.mux.server.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mux.server.buffer.PasteBuffer;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.model.Window;
import dev.mux.server.term.Terminal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contexts over a real model: what the loops and the client give, as tmux's format_defaults does. */
class FormatContextTest {
    private final Sessions sessions = new Sessions();
    private final Session work = sessions.createSession("work", 80, 24);
    private final Window first = sessions.createWindow(work, "first");
    private final Pane firstPane = sessions.createPane(first, new Terminal(80, 24, bytes -> {}));
    private final Window second = sessions.createWindow(work, "second");
    private final Pane secondPane = sessions.createPane(second, new Terminal(80, 24, bytes -> {}));
    private final List<FormatClient> clients = new ArrayList<>();
    private final FormatServer server = new FixedServer();

    @Test
    void theWindowLoopGivesEachWindowItsOwnFlagsAndTheCurrentOneItsFormat() {
        work.select(second);
        FormatContext context = FormatContext.of(server, firstPane);
        assertEquals("0:first-|1:second*|", context.expand("#{W:#{window_index}:#{window_name}#{window_flags}|}"));
        assertEquals("0[1]", context.expand("#{W:#{window_index},[#{window_index}]}"));
        assertEquals("100", context.expand("#{pane_format}#{window_format}#{session_format}"));
        assertEquals("010", context.expand("#{W:#{pane_format}#{window_format}#{session_format}}").substring(0, 3));
        assertEquals("work ", context.expand("#{S:#{session_name} }"));
    }

    @Test
    void aClientBringsItsSessionUnlessTheFormatIsAboutAnother() {
        Session other = sessions.createSession("other", 80, 24);
        Window otherWindow = sessions.createWindow(other, "elsewhere");
        sessions.createPane(otherWindow, new Terminal(80, 24, bytes -> {}));
        FormatClient client = new Attached("/dev/pts/9", other);
        clients.add(client);
        assertEquals("other elsewhere /dev/pts/9", FormatContext.of(server).withClient(client)
                .expand("#{session_name} #{window_name} #{client_name}"));
        assertEquals("work 0", FormatContext.of(server, firstPane).withClient(client)
                .expand("#{session_name} #{session_attached}"));
        assertEquals("1 /dev/pts/9", FormatContext.of(server).withSession(other)
                .expand("#{session_attached} #{session_attached_list}"));
    }

    @Test
    void optionsAndTheCommandsOwnValuesAreNames() {
        FormatContext context = FormatContext.of(server, firstPane).with("command_list_name", "x");
        assertEquals("0 on 2000 x", context.expand("#{base-index} #{status} #{history-limit} #{command_list_name}"));
        first.options().put("@mine", "yes");
        assertEquals("yes", context.expand("#{@mine}"));
        assertEquals("", FormatContext.of(server, secondPane).expand("#{@mine}"));
        assertEquals("buf:3", context.withBuffer(new PasteBuffer("buf", "abc", false, 1, 0))
                .expand("#{buffer_name}:#{buffer_size}"));
    }

    private final class FixedServer implements FormatServer {
        @Override
        public String host() {
            return "host.example";
        }

        @Override
        public String socketPath() {
            return "/tmp/mux-test/default";
        }

        @Override
        public String version() {
            return "test";
        }

        @Override
        public Instant startTime() {
            return Instant.EPOCH;
        }

        @Override
        public Sessions sessions() {
            return sessions;
        }

        @Override
        public List<FormatClient> clients() {
            return clients;
        }

        @Override
        public Foreground foreground(Pane pane) {
            return new Foreground("sh", "/");
        }

        @Override
        public PasteBuffer topBuffer() {
            return null;
        }

        @Override
        public FormatJobs jobs() {
            return new FormatJobs((command, directory, output) -> { }, () -> 0);
        }
    }

    private record Attached(String name, Session session) implements FormatClient {
        @Override
        public String tty() {
            return name;
        }

        @Override
        public String termName() {
            return "xterm";
        }

        @Override
        public int width() {
            return 80;
        }

        @Override
        public int height() {
            return 24;
        }
    }
}
