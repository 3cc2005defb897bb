package dev.mux.server.term;

/** How mouse events are to be encoded: the original X10 bytes, UTF-8 (DECSET 1005) or SGR (1006). */
public enum MouseEncoding {
    X10, UTF8, SGR
}
