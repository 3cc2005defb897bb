package dev.mux.server;

import dev.mux.server.options.OptionStore;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The shell commands of copy mode's copy-pipe and pipe commands: each gets the copied text on its
 * standard input, on a thread of its own, its output thrown away and never waited for by the loop
 * (tmux runs them as jobs it does not wait for). A command left out or empty is the copy-command
 * option's; when that is empty too, nothing runs.
 */
final class CopyPipe {
    private final OptionStore options;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "copy-pipe");
        thread.setDaemon(true);
        return thread;
    });

    CopyPipe(OptionStore options) {
        this.options = options;
    }

    void run(String command, String text) {
        String shellCommand = command == null || command.isEmpty() ? options.server().string("copy-command") : command;
        if (shellCommand == null || shellCommand.isEmpty()) return;
        threads.execute(() -> feed(shellCommand, text));
    }

    private static void feed(String command, String text) {
        try {
            Process process = new ProcessBuilder("/bin/sh", "-c", command)
                    .directory(home())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try (OutputStream input = process.getOutputStream()) {
                input.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // The command ended without reading all of it, as a pipe's reader may.
            }
            process.waitFor();
        } catch (IOException e) {
            // The shell could not start: tmux says nothing either.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static File home() {
        String home = System.getenv("HOME");
        return home != null && Files.isDirectory(Path.of(home)) ? new File(home) : new File("/");
    }
}
