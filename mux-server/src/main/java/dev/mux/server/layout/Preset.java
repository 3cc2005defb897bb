package dev.mux.server.layout;

import java.util.Optional;

/** The arrangements select-layout can impose, in tmux's next-layout order. */
public enum Preset {
    EVEN_HORIZONTAL("even-horizontal"),
    EVEN_VERTICAL("even-vertical"),
    MAIN_HORIZONTAL("main-horizontal"),
    MAIN_VERTICAL("main-vertical"),
    TILED("tiled");

    private final String tmuxName;

    Preset(String tmuxName) {
        this.tmuxName = tmuxName;
    }

    public String tmuxName() {
        return tmuxName;
    }

    /** The preset next-layout moves to from this one. */
    public Preset next() {
        Preset[] all = values();
        return all[(ordinal() + 1) % all.length];
    }

    /** The preset previous-layout moves to from this one. */
    public Preset previous() {
        Preset[] all = values();
        return all[(ordinal() + all.length - 1) % all.length];
    }

    /**
     * The preset whose name starts with {@code name}, as tmux accepts "even-h" or "ti"; empty when
     * none does or when the prefix is ambiguous ("even", "main").
     */
    static Optional<Preset> named(String name) {
        Preset match = null;
        for (Preset preset : values()) {
            if (preset.tmuxName.startsWith(name)) {
                if (match != null) {
                    return Optional.empty();
                }
                match = preset;
            }
        }
        return Optional.ofNullable(match);
    }
}
