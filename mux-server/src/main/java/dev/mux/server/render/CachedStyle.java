package dev.mux.server.render;

import dev.mux.server.style.StyleParser;

/**
 * A style option's cell, parsed again only when the option's text changes: borders read
 * their styles on every frame.
 */
final class CachedStyle {
    private String text;
    private long cell;

    long of(String styleText) {
        if (!styleText.equals(text)) {
            text = styleText;
            cell = StyleParser.cell(styleText);
        }
        return cell;
    }
}
