package dev.mux.server;

import java.nio.file.Path;

/** The server's command line: {@code --socket PATH [--config FILE]}, as the client passes them. */
record ServerArguments(Path socket, Path config) {
    static final String USAGE = "usage: mux-server --socket PATH [--config FILE]";

    static ServerArguments parse(String[] args) {
        Path socket = null;
        Path config = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            String value = args[i + 1];
            if (value.isEmpty()) throw new IllegalArgumentException(USAGE);
            switch (args[i]) {
                case "--socket" -> socket = Path.of(value).toAbsolutePath();
                case "--config" -> config = Path.of(value).toAbsolutePath();
                default -> throw new IllegalArgumentException(USAGE);
            }
        }
        if (socket == null || args.length % 2 != 0) throw new IllegalArgumentException(USAGE);
        return new ServerArguments(socket, config);
    }
}
