package dev.mux.server.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mux.server.buffer.PasteBuffers;
import dev.mux.server.layout.LayoutException;
import dev.mux.server.layout.Split;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.model.Window;
import dev.mux.server.snapshot.ServerImage.LinkImage;
import dev.mux.server.snapshot.ServerImage.PaneImage;
import dev.mux.server.snapshot.ServerImage.SessionImage;
import dev.mux.server.snapshot.ServerImage.WindowImage;
import dev.mux.server.term.Terminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model copied, developed, written and read back gives the same state; bad files are refused. */
class SnapshotRoundTripTest {
    @TempDir
    Path scratch;

    private final Sessions sessions = new Sessions();
    private final PasteBuffers buffers = new PasteBuffers(() -> 50);

    private ServerImage model() throws LayoutException, Exception {
        sessions.options().server().put("snapshot-history", 30);
        sessions.options().session().put("status", false);
        sessions.options().window().put("@mine", "mine");
        Session session = sessions.createSession("work", 81, 24);
        session.options().put("base-index", 1);
        Window window = sessions.createWindow(session, 1, "editor");
        window.options().put("main-pane-width", 40);
        Pane left = sessions.createPane(window, terminal("left", 100));
        Pane right = sessions.splitPane(left, terminal("right", 5), Split.LEFT_RIGHT, 30, false, false);
        right.options().put("remain-on-exit", "on");
        right.setTitle("the title");
        window.select(right);
        buffers.set("named", "named text");
        buffers.add("automatic text");
        StateCopier.Copy copy = new StateCopier(sessions, buffers).copy(null, "boot");
        return new PaneDeveloper().develop(copy);
    }

    private static Terminal terminal(String name, int lines) {
        Terminal terminal = new Terminal(40, 24, bytes -> {});
        for (int i = 0; i < lines; i++) {
            terminal.feed((name + " \u001b[31mred\u001b[0m " + i + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        return terminal;
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws Exception {
        ServerImage image = model();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SnapshotCodec.write(image, bytes);
        ServerImage read = SnapshotCodec.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(image, read);

        SessionImage session = read.sessions().get(0);
        assertEquals("work", session.name());
        assertEquals(Map.of("base-index", 1), session.options());
        WindowImage window = session.windows().get(0);
        assertEquals("editor", window.name());
        assertEquals(1, window.index());
        assertEquals(sessions.byName("work").orElseThrow().currentWindow().layout().describe(Pane::id), window.layout());
        assertEquals(1, window.active());
        PaneImage left = window.panes().get(0);
        PaneImage right = window.panes().get(1);
        assertEquals("the title", right.title());
        assertEquals("on", right.options().get("remain-on-exit"));
        // 30 lines of history (snapshot-history) and the screen, blank rows at its end left out.
        assertEquals(30 + 23, left.text().size());
        assertEquals("left \u001b[31mred\u001b[39m 47", left.text().get(0).stripTrailing());
        assertEquals(5, right.text().size());
        assertNull(left.command());
        assertEquals(Map.of("status", false), read.globalOptions().get("session"));
        assertEquals(Map.of("@mine", "mine"), read.globalOptions().get("window"));
        assertEquals(30, read.globalOptions().get("server").get("snapshot-history"));
        assertEquals(List.of("named", "buffer0"), read.buffers().stream().map(ServerImage.BufferImage::name).toList());
    }

    @Test
    void packedHistoryReadsAsAWholeCaptureAndIsReusedWhileItLasts() throws Exception {
        sessions.options().server().put("snapshot-history", 2000);
        Session session = sessions.createSession("long", 60, 10);
        Window window = sessions.createWindow(session, "w");
        Terminal terminal = new Terminal(60, 10, 2000, bytes -> {});
        Pane pane = sessions.createPane(window, terminal);
        PaneDeveloper developer = new PaneDeveloper();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 1500; i++) {
                terminal.feed(("round " + round + " line " + i + " " + "x".repeat(i % 70) + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            terminal.screen().packHistory();
            ServerImage image = developer.develop(new StateCopier(sessions, buffers).copy(null, "boot"));
            List<String> text = image.sessions().get(0).windows().get(0).panes().get(0).text().stream()
                    .map(line -> line.replace("\u001b[0m", "")).toList();
            String whole = dev.mux.server.term.PaneCapture.capture(terminal.screen(),
                    new dev.mux.server.term.CaptureRange(0, terminal.screen().historySize() + 9),
                    new dev.mux.server.term.CaptureFormat(true, false, true, false));
            List<String> expected = new java.util.ArrayList<>(List.of(whole.split("\n", -1)));
            while (expected.get(expected.size() - 1).isBlank()) expected.remove(expected.size() - 1);
            assertEquals(expected, text, "round " + round);
        }
        assertEquals(pane.id(), 0);
    }

    @Test
    void aLinkedWindowIsKeptOnceAtItsFirstPlaceWithLinksFromItsOtherPlacesAndGroupsByName() throws Exception {
        Session first = sessions.createSession("first", 80, 24);
        Window shared = sessions.createWindow(first, 0, "shared");
        sessions.createPane(shared, terminal("shared", 1));
        Session second = sessions.createSession("second", 80, 24);
        Window own = sessions.createWindow(second, 0, "own");
        sessions.createPane(own, terminal("own", 1));
        sessions.places().link(shared, second, 3, true);
        Session onlyLinked = sessions.createSession("third", 80, 24);
        sessions.places().link(shared, onlyLinked, 0, true);
        sessions.places().link(shared, onlyLinked, 5, false);
        sessions.groups().start(onlyLinked, "grp");

        ServerImage copied = new PaneDeveloper().develop(new StateCopier(sessions, buffers).copy(null, "boot"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SnapshotCodec.write(copied, bytes);
        ServerImage image = SnapshotCodec.read(new ByteArrayInputStream(bytes.toByteArray()));

        assertEquals(List.of("first", "second", "third"), image.sessions().stream().map(SessionImage::name).toList());
        assertEquals(List.of("shared"), image.sessions().get(0).windows().stream().map(WindowImage::name).toList());
        assertEquals(List.of(), image.sessions().get(0).links());
        assertEquals(List.of("own"), image.sessions().get(1).windows().stream().map(WindowImage::name).toList());
        assertEquals(List.of(new LinkImage(3, shared.id())), image.sessions().get(1).links());
        assertEquals(3, image.sessions().get(1).current());
        assertEquals(List.of(), image.sessions().get(2).windows());
        assertEquals(List.of(new LinkImage(0, shared.id()), new LinkImage(5, shared.id())), image.sessions().get(2).links());
        assertNull(image.sessions().get(1).group());
        assertEquals("grp", image.sessions().get(2).group());
    }

    @Test
    void arraysOfOptionsSurvive() throws Exception {
        TreeMap<Integer, String> items = new TreeMap<>(Map.of(0, "a", 3, "b"));
        sessions.options().server().put("command-alias", items);
        ServerImage image = model();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SnapshotCodec.write(image, bytes);
        assertEquals(items, SnapshotCodec.read(new ByteArrayInputStream(bytes.toByteArray()))
                .globalOptions().get("server").get("command-alias"));
    }

    @Test
    void foreignNewerCutAndCorruptFilesAreRefusedWithAMessage() throws Exception {
        ByteArrayOutputStream good = new ByteArrayOutputStream();
        SnapshotCodec.write(model(), good);
        byte[] whole = good.toByteArray();

        assertEquals("not a mux snapshot", refusal("#!/bin/sh\necho hello\n".getBytes(StandardCharsets.UTF_8)));
        byte[] newer = whole.clone();
        newer[SnapshotCodec.MAGIC.length + 3] = 9;
        assertEquals("snapshot format version 9, this mux reads 2", refusal(newer));
        assertEquals("snapshot cut short", refusal(Arrays.copyOf(whole, whole.length / 2)));
        byte[] corrupt = whole.clone();
        for (int i = SnapshotCodec.MAGIC.length + 6; i < corrupt.length; i += 7) corrupt[i] ^= 0x5a;
        String message = refusal(corrupt);
        assertTrue(message.startsWith("snapshot "), message);
        assertEquals(1, message.lines().count());
    }

    private static String refusal(byte[] bytes) {
        return assertThrows(SnapshotException.class, () -> SnapshotCodec.read(new ByteArrayInputStream(bytes)))
                .getMessage();
    }

    @Test
    void aWriteIsPrivateAndWholeAndALeftoverBecomesThePreviousOne() throws Exception {
        SnapshotFiles files = new SnapshotFiles(scratch.resolve("state/mux"), "s");
        ServerImage image = model();
        files.write(image);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(scratch.resolve("state/mux"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(files.current())));
        assertEquals(List.of("s.snapshot"), listing(scratch.resolve("state/mux")));

        assertTrue(files.takeOverLeftover());
        assertEquals(image, files.readPrevious().orElseThrow());
        Files.writeString(files.previous(), "garbage");
        assertThrows(SnapshotException.class, files::readPrevious);
        Path aside = files.moveAside(files.previous());
        assertTrue(aside.getFileName().toString().startsWith("s.snapshot.previous.refused-"), aside.toString());
        assertTrue(files.readPrevious().isEmpty());
    }

    private static List<String> listing(Path directory) throws IOException {
        try (var entries = Files.list(directory)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
