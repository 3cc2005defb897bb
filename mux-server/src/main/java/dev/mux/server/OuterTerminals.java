package dev.mux.server;

import dev.mux.server.client.Client;
import dev.mux.server.options.Glob;
import dev.mux.server.options.OptionStore;
import dev.mux.server.options.Options;
import dev.mux.server.outer.Capabilities;
import dev.mux.server.outer.ClientTerminal;
import dev.mux.server.outer.Feature;
import dev.mux.server.outer.TerminfoFiles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Each client's {@link ClientTerminal}: its TERM's terminfo entry (read once per name and
 * terminfo search path, then kept) with what the terminal told of itself (see
 * {@link dev.mux.server.outer.DeviceAttributes}) and the server's terminal-features and
 * terminal-overrides, built again when an option changed or the terminal replied. A terminal with no terminfo entry is taken for an xterm with
 * 256 colours ({@link #FALLBACK_TERM}'s entry, else only what the options give it), as a client
 * without an entry would otherwise see nothing drawn.
 */
final class OuterTerminals {
    static final String FALLBACK_TERM = "xterm-256color";
    /** Distinct terminals kept before the cache starts again (each option change may make one). */
    private static final int MAX_BUILT = 64;

    private final OptionStore options;
    private final Map<String, Optional<Capabilities>> entries = new HashMap<>();
    /**
     * Terminals built, by everything they were built from: an option change that leaves these
     * alone gives the client the very same terminal, so nothing is drawn again for it.
     */
    private final Map<List<Object>, ClientTerminal> built = new HashMap<>();

    OuterTerminals(OptionStore options) {
        this.options = options;
    }

    ClientTerminal of(Client client) {
        long changes = Options.changes();
        // Option changes and the terminal's replies both count: either may change what it can do.
        long version = changes * 1_000 + client.view().toldChanges();
        if (client.terminal() != null && client.terminalOptionChanges() == version) return client.terminal();
        String term = client.request() == null ? "" : client.request().term();
        Map<String, String> environment = client.environment();
        Capabilities entry = entry(term, environment).or(() -> entry(FALLBACK_TERM, environment)).orElse(null);
        Options server = options.server();
        List<String> features = server.items("terminal-features");
        List<String> overrides = server.items("terminal-overrides");
        if (built.size() > MAX_BUILT) built.clear();
        Set<Feature> told = Set.copyOf(client.view().toldFeatures());
        ClientTerminal terminal = built.computeIfAbsent(List.of(term, Optional.ofNullable(entry), told, features, overrides),
                ignored -> ClientTerminal.build(term, entry, told, features, overrides, Glob::matches));
        client.setTerminal(terminal, version);
        return terminal;
    }

    private Optional<Capabilities> entry(String term, Map<String, String> environment) {
        String key = term + "\0" + environment.getOrDefault("TERMINFO", "") + "\0" + environment.getOrDefault("HOME", "")
                + "\0" + environment.getOrDefault("TERMINFO_DIRS", "");
        return entries.computeIfAbsent(key, ignored -> TerminfoFiles.read(term, environment));
    }

    /** Whether the extended-keys option (server-wide) is on or always: terminals that can send extended keys are asked to. */
    boolean extendedKeys() {
        return !options.server().string("extended-keys").equals("off");
    }

    /** The focus-events option (server-wide, as tmux's). */
    boolean focusEvents() {
        return options.server().flag("focus-events");
    }
}
