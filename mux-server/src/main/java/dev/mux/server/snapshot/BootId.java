package dev.mux.server.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The kernel's id of this boot: a snapshot of another boot was taken before the machine restarted. */
final class BootId {
    private static final String CURRENT = read();

    private BootId() {}

    static String current() {
        return CURRENT;
    }

    private static String read() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/random/boot_id")).strip();
        } catch (IOException e) {
            return "";
        }
    }
}
