package dev.mux.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's short host name: a pane's title until its program sets one, as in tmux. */
final class HostName {
    private HostName() {}

    static String current() {
        try {
            String name = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
            int dot = name.indexOf('.');
            return dot > 0 ? name.substring(0, dot) : name;
        } catch (IOException e) {
            return "localhost";
        }
    }
}
