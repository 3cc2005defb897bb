package dev.mux.server.term;

/** Which mouse events a program asked for (DECSET 9, 1000, 1002, 1003); at most one is active. */
public enum MouseTracking {
    OFF, X10, BUTTON_PRESSES, BUTTON_MOTION, ALL_MOTION
}
