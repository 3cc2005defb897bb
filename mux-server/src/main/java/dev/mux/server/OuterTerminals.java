package dev.mux.server;

import dev.mux.server.client.Client;
import dev.mux.server.options.Glob;
import dev.mux.server.options.OptionStore;
import dev.mux.server.options.Options;
import dev.mux.server.outer.Capabilities;
import dev.mux.server.outer.ClientTerminal;
import dev.mux.server.outer.TerminfoFiles;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Each client's {@link ClientTerminal}: its TERM's terminfo entry (read once per name and
 * terminfo search path, then kept) with the server's terminal-features and terminal-overrides,
 * built again when an option changed. A terminal with no terminfo entry is taken for an xterm with
 * 256 colours ({@link #FALLBACK_TERM}'s entry, else only what the options give it), as a client
 * without an entry would otherwise see nothing drawn.
 */
final class OuterTerminals {
    static final String FALLBACK_TERM = "xterm-256color";

    private final OptionStore options;
    private final Map<String, Optional<Capabilities>> entries = new HashMap<>();

    OuterTerminals(OptionStore options) {
        this.options = options;
    }

    ClientTerminal of(Client client) {
        long changes = Options.changes();
        if (client.terminal() != null && client.terminalOptionChanges() == changes) return client.terminal();
        String term = client.request() == null ? "" : client.request().term();
        Map<String, String> environment = client.environment();
        Capabilities entry = entry(term, environment).or(() -> entry(FALLBACK_TERM, environment)).orElse(null);
        Options server = options.server();
        ClientTerminal terminal = ClientTerminal.build(term, entry, server.items("terminal-features"),
                server.items("terminal-overrides"), Glob::matches);
        client.setTerminal(terminal, changes);
        return terminal;
    }

    private Optional<Capabilities> entry(String term, Map<String, String> environment) {
        String key = term + "\0" + environment.getOrDefault("TERMINFO", "") + "\0" + environment.getOrDefault("HOME", "")
                + "\0" + environment.getOrDefault("TERMINFO_DIRS", "");
        return entries.computeIfAbsent(key, ignored -> TerminfoFiles.read(term, environment));
    }
}
