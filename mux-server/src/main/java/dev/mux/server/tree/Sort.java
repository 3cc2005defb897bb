package dev.mux.server.tree;

/** How a chooser sorts its items: one of its orders ({@code index}, {@code name}, {@code time}...), maybe reversed. */
public record Sort(String order, boolean reversed) {}
