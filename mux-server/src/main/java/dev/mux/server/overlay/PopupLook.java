package dev.mux.server.overlay;

/**
 * How a popup looks: its border's lines and style (popup-border-lines, popup-border-style, or -b and
 * -S), the style its default colours take (popup-style, or -s), and its title (-T, expanded), drawn
 * over the top border. Only the colours of both styles count, as in tmux.
 */
public record PopupLook(BoxLines lines, long borderStyle, long style, String title) {}
