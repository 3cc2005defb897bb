package dev.mux.server.options;

import static dev.mux.server.options.OptionScope.PANE;
import static dev.mux.server.options.OptionScope.SESSION;
import static dev.mux.server.options.OptionScope.WINDOW;

import java.util.ArrayList;
import java.util.List;

/**
 * tmux 3.3a's hooks, in its table order: options holding commands to run on an event, shown by
 * show-options only with -H and by show-hooks; the hook package runs them.
 */
final class HookOptions {
    /** The after-NAME hooks: one per command that has one, in session scope. */
    private static final List<String> AFTER = List.of("bind-key", "capture-pane", "copy-mode", "display-message",
            "display-panes", "kill-pane", "list-buffers", "list-clients", "list-keys", "list-panes", "list-sessions",
            "list-windows", "load-buffer", "lock-server", "new-session", "new-window", "paste-buffer", "pipe-pane",
            "queue", "refresh-client", "rename-session", "rename-window", "resize-pane", "resize-window",
            "save-buffer", "select-layout", "select-pane", "select-window", "send-keys", "set-buffer",
            "set-environment", "set-hook", "set-option", "show-environment", "show-messages", "show-options",
            "split-window", "unbind-key");
    private static final List<String> SESSION_EVENTS = List.of("alert-activity", "alert-bell", "alert-silence",
            "client-active", "client-attached", "client-detached", "client-focus-in", "client-focus-out",
            "client-resized", "client-session-changed");
    private static final List<String> PANE_EVENTS = List.of("pane-died", "pane-exited", "pane-focus-in",
            "pane-focus-out", "pane-mode-changed", "pane-set-clipboard", "pane-title-changed");

    private HookOptions() {
    }

    static List<OptionDefinition> definitions() {
        List<OptionDefinition> hooks = new ArrayList<>();
        for (String command : AFTER) hooks.add(OptionDefinition.hook("after-" + command, SESSION));
        for (String event : SESSION_EVENTS) hooks.add(OptionDefinition.hook(event, SESSION));
        for (String event : PANE_EVENTS) hooks.add(OptionDefinition.hook(event, WINDOW, PANE));
        for (String event : List.of("session-closed", "session-created", "session-renamed", "session-window-changed")) {
            hooks.add(OptionDefinition.hook(event, SESSION));
        }
        hooks.add(OptionDefinition.hook("window-layout-changed", WINDOW));
        hooks.add(OptionDefinition.hook("window-linked", SESSION));
        for (String event : List.of("window-pane-changed", "window-renamed", "window-resized")) {
            hooks.add(OptionDefinition.hook(event, WINDOW));
        }
        hooks.add(OptionDefinition.hook("window-unlinked", SESSION));
        return hooks;
    }
}
