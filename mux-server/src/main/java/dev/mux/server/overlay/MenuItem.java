package dev.mux.server.overlay;

/**
 * A line of a menu: a separator ({@code name} null), or an item whose {@code name} is its text with
 * the key shown at the right (an expanded format; starting with "-" it is disabled), chosen by
 * {@code key} (canonical, null for none) to run {@code command}.
 */
public record MenuItem(String name, String key, String command) {
    public static final MenuItem SEPARATOR = new MenuItem(null, null, null);

    boolean selectable() {
        return name != null && !name.startsWith("-");
    }
}
