package dev.mux.server.copy;

import java.util.Locale;
import java.util.Map;

/** Which key table copy mode uses, the mode-keys option. */
public enum ModeKeys {
    EMACS, VI;

    /** The option's values, as set-option takes them. */
    public static final String EMACS_NAME = "emacs";
    public static final String VI_NAME = "vi";

    public static ModeKeys of(String optionValue) {
        return VI_NAME.equals(optionValue) ? VI : EMACS;
    }

    public String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The default tmux derives at start: vi when the editor named by $VISUAL (else $EDITOR) has
     * "vi" in its file name (vi, vim, nvim), emacs otherwise.
     */
    public static ModeKeys fromEnvironment(Map<String, String> environment) {
        String editor = environment.get("VISUAL");
        if (editor == null) editor = environment.get("EDITOR");
        if (editor == null) return EMACS;
        String fileName = editor.substring(editor.lastIndexOf('/') + 1);
        return fileName.contains("vi") ? VI : EMACS;
    }
}
