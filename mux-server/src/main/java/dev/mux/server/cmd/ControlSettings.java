package dev.mux.server.cmd;

/**
 * What refresh-client sets on a control client, each as tmux reads the flag's value: its size
 * ({@code -C}), its flags ({@code -f}), its panes' output ({@code -A}), its subscriptions ({@code -B}); and display-message's messages to it.
 */
public interface ControlSettings {
    /** {@code WxH} or {@code W,H} for the client; {@code @N:WxH} or {@code @N:} for one window. */
    void size(String size) throws CommandException;

    /** A comma-separated list of flags, each turned off by a leading {@code !}; unknown ones are ignored. */
    void flags(String flags);

    /** {@code %N:on}, {@code off}, {@code pause} or {@code continue}; anything else is ignored. */
    void paneOutput(String spec);

    /** {@code name:what:format} adds a subscription, {@code name} alone removes it. */
    void subscription(String spec);

    /** display-message's message for this client, sent as tmux 3.4's {@code %message} line. */
    void message(String text);
}
