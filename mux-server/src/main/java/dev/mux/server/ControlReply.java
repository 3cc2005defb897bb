package dev.mux.server;

import dev.mux.server.control.ControlBlock;

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

    @Override
    public void finish(int status) {
        block.finish(status);
    }
}
