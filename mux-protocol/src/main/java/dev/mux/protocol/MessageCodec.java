package dev.mux.protocol;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Turns a message into one frame and one frame body back into a message. */
public final class MessageCodec {

    private MessageCodec() {}

    /** Whether {@code message} fits in one frame; a client checks before sending a huge command line. */
    public static boolean fits(Message message) {
        try {
            encode(message);
            return true;
        } catch (IllegalArgumentException tooLarge) {
            return false;
        }
    }

    /** The whole frame, length prefix included, ready to write. */
    public static ByteBuffer encode(Message message) {
        Writer out = new Writer();
        out.bytes.write(MessageType.of(message).code);
        if (message instanceof Message.Hello m) {
            out.putInt(m.version());
        } else if (message instanceof Message.Command m) {
            out.putInt(m.argv().size());
            for (String arg : m.argv()) out.putString(arg);
            out.putString(m.cwd());
            out.putInt(m.columns());
            out.putInt(m.rows());
            out.bytes.write(m.terminal() ? 1 : 0);
            out.putString(m.term());
        } else if (message instanceof Message.TerminalDevice m) {
            out.putString(m.path());
            out.putLong(m.device());
            out.putLong(m.inode());
        } else if (message instanceof Message.Environment m) {
            out.putInt(m.variables().size());
            for (String variable : m.variables()) out.putString(variable);
        } else if (message instanceof Message.Input m) {
            out.putBlob(m.bytes());
        } else if (message instanceof Message.WaitExit m) {
            out.bytes.write(m.on() ? 1 : 0);
        } else if (message instanceof Message.ControlMode m) {
            out.putInt(m.level());
        } else if (message instanceof Message.Resize m) {
            out.putInt(m.columns());
            out.putInt(m.rows());
        } else if (message instanceof Message.Output m) {
            out.putInt(m.stream());
            out.putBlob(m.bytes());
        } else if (message instanceof Message.Exit m) {
            out.putInt(m.status());
            out.putString(m.message());
        } else if (message instanceof Message.Attached m) {
            out.putString(m.session());
            out.bytes.write(m.direct() ? 1 : 0);
        } else if (message instanceof Message.TerminalOutput m) {
            out.putBlob(m.bytes());
        } else if (message instanceof Message.Lock m) {
            out.putString(m.command());
        } else if (message instanceof Message.Exec m) {
            out.putString(m.command());
        } else if (message instanceof Message.ProtocolError m) {
            out.putString(m.reason());
        }
        byte[] body = out.bytes.toByteArray();
        if (body.length > Protocol.MAX_FRAME_BYTES) {
            throw new IllegalArgumentException("message of " + body.length + " bytes exceeds the frame limit");
        }
        ByteBuffer frame = ByteBuffer.allocate(Protocol.LENGTH_BYTES + body.length);
        frame.putInt(body.length).put(body).flip();
        return frame;
    }

    /** Decodes one frame body (type byte and payload, no length prefix). */
    public static Message decode(ByteBuffer body) throws ProtocolException {
        if (!body.hasRemaining()) throw new ProtocolException("empty frame");
        MessageType type = MessageType.fromCode(body.get());
        try {
            Message message = switch (type) {
                case HELLO -> new Message.Hello(body.getInt());
                case COMMAND -> decodeCommand(body);
                case TERMINAL_DEVICE -> new Message.TerminalDevice(getString(body), body.getLong(), body.getLong());
                case ENVIRONMENT -> new Message.Environment(getStrings(body, "environment"));
                case INPUT -> new Message.Input(getBlob(body));
                case CONTROL_MODE -> new Message.ControlMode(body.getInt());
                case INPUT_END -> new Message.InputEnd();
                case RESIZE -> new Message.Resize(getSize(body, "columns"), getSize(body, "rows"));
                case OUTPUT -> new Message.Output(body.getInt(), getBlob(body));
                case EXIT -> new Message.Exit(body.getInt(), getString(body));
                case ATTACHED -> new Message.Attached(getString(body), body.get() != 0);
                case TERMINAL_OUTPUT -> new Message.TerminalOutput(getBlob(body));
                case PROTOCOL_ERROR -> new Message.ProtocolError(getString(body));
                case SUSPEND -> new Message.Suspend();
                case WAIT_EXIT -> new Message.WaitExit(body.get() != 0);
                case LOCK -> new Message.Lock(getString(body));
                case EXEC -> new Message.Exec(getString(body));
                case HANG_UP_PARENT -> new Message.HangUpParent();
            };
            if (body.hasRemaining()) {
                throw new ProtocolException(type.name().toLowerCase() + " frame has " + body.remaining() + " trailing bytes");
            }
            return message;
        } catch (BufferUnderflowException e) {
            throw new ProtocolException(type.name().toLowerCase() + " frame is truncated");
        }
    }

    private static Message decodeCommand(ByteBuffer body) throws ProtocolException {
        int count = body.getInt();
        if (count < 0 || count > Protocol.MAX_ARGS) {
            throw new ProtocolException("command has " + count + " arguments, limit is " + Protocol.MAX_ARGS);
        }
        List<String> argv = new ArrayList<>(count);
        for (int i = 0; i < count; i++) argv.add(getString(body));
        String cwd = getString(body);
        int columns = getSize(body, "columns");
        int rows = getSize(body, "rows");
        boolean terminal = body.get() != 0;
        return new Message.Command(argv, cwd, columns, rows, terminal, getString(body));
    }

    private static List<String> getStrings(ByteBuffer body, String what) throws ProtocolException {
        int count = body.getInt();
        if (count < 0 || count > Protocol.MAX_ARGS) {
            throw new ProtocolException(what + " has " + count + " entries, limit is " + Protocol.MAX_ARGS);
        }
        List<String> strings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) strings.add(getString(body));
        return strings;
    }

    private static int getSize(ByteBuffer body, String what) throws ProtocolException {
        int value = body.getInt();
        if (value < 0 || value > Protocol.MAX_TERMINAL_SIZE) {
            throw new ProtocolException(what + " " + value + " is outside 0.." + Protocol.MAX_TERMINAL_SIZE);
        }
        return value;
    }

    private static byte[] getBlob(ByteBuffer body) throws ProtocolException {
        int length = body.getInt();
        if (length < 0 || length > body.remaining()) {
            throw new ProtocolException("field length " + length + " exceeds the frame");
        }
        byte[] bytes = new byte[length];
        body.get(bytes);
        return bytes;
    }

    private static String getString(ByteBuffer body) throws ProtocolException {
        return new String(getBlob(body), StandardCharsets.UTF_8);
    }

    private static final class Writer {
        final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

        void putInt(int value) {
            bytes.write(value >>> 24);
            bytes.write(value >>> 16);
            bytes.write(value >>> 8);
            bytes.write(value);
        }

        void putLong(long value) {
            putInt((int) (value >>> 32));
            putInt((int) value);
        }

        void putBlob(byte[] blob) {
            putInt(blob.length);
            bytes.write(blob, 0, blob.length);
        }

        void putString(String text) {
            putBlob(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
