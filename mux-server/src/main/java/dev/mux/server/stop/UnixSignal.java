package dev.mux.server.stop;

import java.util.Arrays;
import java.util.List;

/**
 * The signals the stop procedure sends, with their Linux numbers (the same on every architecture
 * the JDK runs on here). Named as systemd.kill(5) names them: {@code SIGTERM}, not {@code TERM}.
 */
public enum UnixSignal {
    SIGHUP(1),
    SIGINT(2),
    SIGQUIT(3),
    SIGABRT(6),
    SIGKILL(9),
    SIGUSR1(10),
    SIGUSR2(12),
    SIGTERM(15),
    SIGCONT(18);

    private final int number;

    UnixSignal(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** Every name, for option definitions that accept a signal. */
    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
