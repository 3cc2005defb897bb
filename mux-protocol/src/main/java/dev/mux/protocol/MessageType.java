package dev.mux.protocol;

/** The type byte of each message. */
enum MessageType {
    HELLO(1), COMMAND(2), INPUT(3), RESIZE(4), TERMINAL_DEVICE(5), CONTROL_MODE(6), INPUT_END(7), ENVIRONMENT(8),
    OUTPUT(16), EXIT(17), ATTACHED(18), TERMINAL_OUTPUT(19), PROTOCOL_ERROR(20), SUSPEND(21), WAIT_EXIT(22), LOCK(23), EXEC(24), HANG_UP_PARENT(25);

    final byte code;

    MessageType(int code) {
        this.code = (byte) code;
    }

    static MessageType of(Message message) {
        if (message instanceof Message.Hello) return HELLO;
        if (message instanceof Message.Command) return COMMAND;
        if (message instanceof Message.TerminalDevice) return TERMINAL_DEVICE;
        if (message instanceof Message.Environment) return ENVIRONMENT;
        if (message instanceof Message.Input) return INPUT;
        if (message instanceof Message.ControlMode) return CONTROL_MODE;
        if (message instanceof Message.InputEnd) return INPUT_END;
        if (message instanceof Message.Resize) return RESIZE;
        if (message instanceof Message.Output) return OUTPUT;
        if (message instanceof Message.Exit) return EXIT;
        if (message instanceof Message.Attached) return ATTACHED;
        if (message instanceof Message.TerminalOutput) return TERMINAL_OUTPUT;
        if (message instanceof Message.Suspend) return SUSPEND;
        if (message instanceof Message.WaitExit) return WAIT_EXIT;
        if (message instanceof Message.Lock) return LOCK;
        if (message instanceof Message.Exec) return EXEC;
        if (message instanceof Message.HangUpParent) return HANG_UP_PARENT;
        return PROTOCOL_ERROR;
    }

    static MessageType fromCode(byte code) throws ProtocolException {
        for (MessageType type : values()) {
            if (type.code == code) return type;
        }
        throw new ProtocolException("unknown message type " + (code & 0xff));
    }
}
