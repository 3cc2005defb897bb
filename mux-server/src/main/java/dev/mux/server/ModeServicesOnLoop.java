package dev.mux.server;

import dev.mux.server.buffer.PasteBuffers;
import dev.mux.server.loop.EventLoop;
import dev.mux.server.mode.ModeServices;

/** The server's paste buffers and event loop, as modes reach them. */
record ModeServicesOnLoop(EventLoop loop, PasteBuffers buffers) implements ModeServices {
    @Override
    public void addPasteBuffer(String text) {
        buffers.add(text);
    }

    @Override
    public void schedule(long delayMillis, Runnable task) {
        loop.schedule(delayMillis, task);
    }
}
