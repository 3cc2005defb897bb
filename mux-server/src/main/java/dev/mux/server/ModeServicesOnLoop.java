package dev.mux.server;

import dev.mux.server.buffer.PasteBuffers;
import dev.mux.server.loop.EventLoop;
import dev.mux.server.mode.ModeServices;

/** The server's paste buffers, clipboard, copy pipes and event loop, as modes reach them. */
record ModeServicesOnLoop(EventLoop loop, PasteBuffers buffers, Clipboard clipboard, CopyPipe pipes) implements ModeServices {
    @Override
    public void addPasteBuffer(String text) {
        buffers.add(text);
    }

    @Override
    public void copyText(int paneId, String text, String prefix, boolean append) {
        clipboard.copied(paneId, text, prefix, append);
    }

    @Override
    public void pipe(int paneId, String command, String text) {
        pipes.run(command, text);
    }

    @Override
    public void schedule(long delayMillis, Runnable task) {
        loop.schedule(delayMillis, task);
    }
}
