package dev.mux.client;

import java.io.IOException;

/**
 * detach-client -P: sends SIGHUP to the process that started the client (usually the login shell
 * of a remote session), so that detaching also logs out, as tmux's client does. As in
 * {@link SelfStop}, a {@code kill} child sends it, since Java has no kill(2) of its own; init
 * (pid 1) is never signalled.
 */
final class ParentHangUp {
    private ParentHangUp() {}

    static void send() {
        long parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
        if (parent <= 1) return;
        try {
            new ProcessBuilder("kill", "-HUP", Long.toString(parent)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            // Nothing to report it to: the client is exiting and the detach itself succeeded.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
