package dev.mux.server;

import dev.mux.server.control.ControlBlock;
import java.util.List;

/** A control client's command: its output and errors go in its block, which its end closes. */
final class ControlReply implements Reply {
    private final ControlBlock block;

    ControlReply(ControlBlock block) {
        this.block = block;
    }

    @Override
    public void output(String text) {
        block.output(text);
    }

    @Override
    public void error(String line) {
        block.error(line);
    }

    /** Commands to run after this one, each in a block of its own; false once the block is closed. */
    boolean insertAfter(List<List<String>> commands) {
        return block.insertAfter(commands);
    }

    @Override
    public void finish(int status) {
        block.finish(status);
    }
}
