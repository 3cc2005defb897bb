package dev.mux.server.snapshot;

import dev.mux.server.snapshot.ServerImage.BufferImage;
import dev.mux.server.snapshot.ServerImage.LinkImage;
import dev.mux.server.snapshot.ServerImage.PaneImage;
import dev.mux.server.snapshot.ServerImage.SessionImage;
import dev.mux.server.snapshot.ServerImage.WindowImage;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * The snapshot file's format: a plain header (the magic line and a version number) so a foreign or
 * newer file is told apart before anything is inflated, then the image, deflated. Reading bounds
 * every count and length, so a corrupt file is refused with a message, never read into the heap.
 */
final class SnapshotCodec {
    static final byte[] MAGIC = "mux snapshot\n".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 2;
    /** The oldest version read: version 1 had no links or groups. */
    private static final int OLDEST_VERSION = 1;
    /** The longest string read back: a paste buffer or a pane's line. */
    private static final int MAX_STRING_BYTES = 64 << 20;
    /** The most items of any list or map read back. */
    private static final int MAX_COUNT = 1 << 20;

    private SnapshotCodec() {}

    static void write(ServerImage image, OutputStream target) throws IOException {
        target.write(MAGIC);
        DataOutputStream header = new DataOutputStream(target);
        header.writeInt(VERSION);
        header.flush();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(nonClosing(target), deflater, 1 << 16))) {
            out.writeLong(image.takenMillis());
            writeString(out, image.bootId());
            out.writeLong(image.serverPid());
            writeString(out, image.endReason());
            out.writeInt(image.globalOptions().size());
            for (Map.Entry<String, Map<String, Object>> scope : image.globalOptions().entrySet()) {
                writeString(out, scope.getKey());
                writeOptions(out, scope.getValue());
            }
            out.writeInt(image.sessions().size());
            for (SessionImage session : image.sessions()) writeSession(out, session);
            out.writeInt(image.buffers().size());
            for (BufferImage buffer : image.buffers()) {
                writeString(out, buffer.name());
                writeString(out, buffer.data());
                out.writeBoolean(buffer.automatic());
            }
        } finally {
            deflater.end();
        }
    }

    private static void writeSession(DataOutputStream out, SessionImage session) throws IOException {
        out.writeInt(session.id());
        writeString(out, session.name());
        out.writeInt(session.columns());
        out.writeInt(session.rows());
        out.writeInt(session.current());
        out.writeInt(session.last());
        writeOptions(out, session.options());
        out.writeInt(session.windows().size());
        for (WindowImage window : session.windows()) {
            out.writeInt(window.id());
            out.writeInt(window.index());
            writeString(out, window.name());
            writeString(out, window.layout());
            out.writeInt(window.active());
            out.writeInt(window.zoomed());
            writeOptions(out, window.options());
            out.writeInt(window.panes().size());
            for (PaneImage pane : window.panes()) writePane(out, pane);
        }
        out.writeInt(session.links().size());
        for (LinkImage link : session.links()) {
            out.writeInt(link.index());
            out.writeInt(link.windowId());
        }
        writeString(out, session.group());
    }

    private static void writePane(DataOutputStream out, PaneImage pane) throws IOException {
        out.writeInt(pane.id());
        out.writeLong(pane.pid());
        writeString(out, pane.title());
        writeString(out, pane.command());
        writeString(out, pane.cwd());
        writeString(out, pane.foreground());
        writeOptions(out, pane.options());
        out.writeInt(pane.text().size());
        for (String line : pane.text()) writeString(out, line);
    }

    private static void writeOptions(DataOutputStream out, Map<String, Object> options) throws IOException {
        out.writeInt(options.size());
        for (Map.Entry<String, Object> option : options.entrySet()) {
            writeString(out, option.getKey());
            Object value = option.getValue();
            if (value instanceof Boolean flag) {
                out.writeByte('B');
                out.writeBoolean(flag);
            } else if (value instanceof Integer number) {
                out.writeByte('I');
                out.writeInt(number);
            } else if (value instanceof SortedMap<?, ?> items) {
                out.writeByte('A');
                out.writeInt(items.size());
                for (Map.Entry<?, ?> item : items.entrySet()) {
                    out.writeInt((Integer) item.getKey());
                    writeString(out, String.valueOf(item.getValue()));
                }
            } else {
                out.writeByte('S');
                writeString(out, String.valueOf(value));
            }
        }
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** Reads an image back; anything that is not a whole snapshot of this version is refused. */
    static ServerImage read(InputStream source) throws SnapshotException {
        try {
            byte[] magic = source.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) throw new SnapshotException("not a mux snapshot");
            int version = new DataInputStream(source).readInt();
            if (version < OLDEST_VERSION || version > VERSION) {
                throw new SnapshotException("snapshot format version " + version + ", this mux reads " + VERSION);
            }
            DataInputStream in = new DataInputStream(new InflaterInputStream(source));
            long taken = in.readLong();
            String bootId = readString(in);
            long pid = in.readLong();
            String endReason = readString(in);
            Map<String, Map<String, Object>> globals = new LinkedHashMap<>();
            int scopes = count(in);
            for (int i = 0; i < scopes; i++) globals.put(readString(in), readOptions(in));
            List<SessionImage> sessions = new ArrayList<>();
            int sessionCount = count(in);
            for (int i = 0; i < sessionCount; i++) sessions.add(readSession(in, version));
            List<BufferImage> buffers = new ArrayList<>();
            int bufferCount = count(in);
            for (int i = 0; i < bufferCount; i++) buffers.add(new BufferImage(readString(in), readString(in), in.readBoolean()));
            return new ServerImage(taken, bootId, pid, endReason, globals, sessions, buffers);
        } catch (EOFException e) {
            throw new SnapshotException("snapshot cut short");
        } catch (ZipException e) {
            throw new SnapshotException("snapshot corrupt (" + e.getMessage() + ")");
        } catch (IOException | RuntimeException e) {
            throw new SnapshotException("snapshot unreadable (" + e.getMessage() + ")");
        }
    }

    private static SessionImage readSession(DataInputStream in, int version) throws IOException {
        int id = in.readInt();
        String name = readString(in);
        int columns = in.readInt();
        int rows = in.readInt();
        int current = in.readInt();
        int last = in.readInt();
        Map<String, Object> options = readOptions(in);
        List<WindowImage> windows = new ArrayList<>();
        int windowCount = count(in);
        for (int i = 0; i < windowCount; i++) {
            int windowId = in.readInt();
            int index = in.readInt();
            String windowName = readString(in);
            String layout = readString(in);
            int active = in.readInt();
            int zoomed = in.readInt();
            Map<String, Object> windowOptions = readOptions(in);
            List<PaneImage> panes = new ArrayList<>();
            int paneCount = count(in);
            for (int p = 0; p < paneCount; p++) panes.add(readPane(in));
            windows.add(new WindowImage(windowId, index, windowName, layout, active, zoomed, windowOptions, panes));
        }
        List<LinkImage> links = new ArrayList<>();
        String group = null;
        if (version >= 2) {
            int linkCount = count(in);
            for (int i = 0; i < linkCount; i++) links.add(new LinkImage(in.readInt(), in.readInt()));
            group = readString(in);
        }
        return new SessionImage(id, name, columns, rows, current, last, options, windows, links, group);
    }

    private static PaneImage readPane(DataInputStream in) throws IOException {
        int id = in.readInt();
        long pid = in.readLong();
        String title = readString(in);
        String command = readString(in);
        String cwd = readString(in);
        String foreground = readString(in);
        Map<String, Object> options = readOptions(in);
        List<String> text = new ArrayList<>();
        int lines = count(in);
        for (int i = 0; i < lines; i++) text.add(readString(in));
        return new PaneImage(id, pid, title, command, cwd, foreground, options, text);
    }

    private static Map<String, Object> readOptions(DataInputStream in) throws IOException {
        Map<String, Object> options = new LinkedHashMap<>();
        int size = count(in);
        for (int i = 0; i < size; i++) {
            String name = readString(in);
            int type = in.readUnsignedByte();
            Object value = switch (type) {
                case 'B' -> in.readBoolean();
                case 'I' -> in.readInt();
                case 'S' -> readString(in);
                case 'A' -> readItems(in);
                default -> throw new IOException("unknown option value type " + type);
            };
            options.put(name, value);
        }
        return options;
    }

    private static SortedMap<Integer, String> readItems(DataInputStream in) throws IOException {
        SortedMap<Integer, String> items = new TreeMap<>();
        int size = count(in);
        for (int i = 0; i < size; i++) items.put(in.readInt(), readString(in));
        return items;
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_COUNT) throw new IOException("count " + count + " out of bounds");
        return count;
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length == -1) return null;
        if (length < 0 || length > MAX_STRING_BYTES) throw new IOException("string length " + length + " out of bounds");
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) throw new EOFException();
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The deflater's close must finish the stream without closing the file, which the caller fsyncs. */
    private static OutputStream nonClosing(OutputStream target) {
        return new FilterOutputStream(target) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
