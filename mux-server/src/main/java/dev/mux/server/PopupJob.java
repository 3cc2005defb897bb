package dev.mux.server;

import dev.mux.platform.libc.Libc;
import dev.mux.server.overlay.Popup;
import dev.mux.server.overlay.PopupProcess;
import dev.mux.server.pty.PaneProcess;

/**
 * A popup's program as the popup sees it ({@link PopupProcess}) and where its output and end go: to
 * the popup, until its menu moves the program into a pane, after which they go to that pane.
 */
final class PopupJob implements PopupProcess, PaneProcess.Listener {
    private static final int SIGTERM = 15;

    private PaneProcess process;
    private PaneProcess.Listener target;

    PopupJob(Popup popup) {
        target = new PaneProcess.Listener() {
            @Override
            public void output(byte[] bytes, int length) {
                popup.output(bytes, length);
            }

            @Override
            public void ended(int exitStatus) {
                popup.ended(exitStatus);
            }

            /** As tmux's popup job: a program killed by a signal ends the popup with the signal's number. */
            @Override
            public void endedBySignal(int signal) {
                popup.ended(signal);
            }
        };
    }

    void started(PaneProcess started) {
        process = started;
    }

    PaneProcess process() {
        return process;
    }

    /** From now on the program's output and end go to {@code next} (a pane's). */
    void retarget(PaneProcess.Listener next) {
        target = next;
    }

    @Override
    public void output(byte[] bytes, int length) {
        target.output(bytes, length);
    }

    @Override
    public void ended(int exitStatus) {
        target.ended(exitStatus);
    }

    @Override
    public void endedBySignal(int signal) {
        target.endedBySignal(signal);
    }

    @Override
    public void write(byte[] bytes) {
        process.write(bytes);
    }

    @Override
    public void resize(int columns, int rows) {
        process.resize(columns, rows);
    }

    /** As tmux's job_free: SIGTERM, and the terminal closed, which hangs up its session. */
    @Override
    public void kill() {
        Libc.signalProcess(process.pid(), SIGTERM);
        process.hangUp();
    }
}
