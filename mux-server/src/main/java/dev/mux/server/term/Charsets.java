package dev.mux.server.term;

/**
 * Which of G0 and G1 hold DEC special graphics (instead of ASCII), and which of the two is invoked
 * (SO selects G1, SI selects G0). Immutable so that DECSC can save it by reference.
 */
record Charsets(boolean g0Graphics, boolean g1Graphics, boolean g1Invoked) {
    static final Charsets ASCII = new Charsets(false, false, false);

    boolean graphicsInvoked() {
        return g1Invoked ? g1Graphics : g0Graphics;
    }

    /** Designates DEC graphics ('0') or ASCII (anything else, such as 'B') into G0 or G1. */
    Charsets designate(int set, int designator) {
        boolean graphics = designator == '0';
        return set == 0 ? new Charsets(graphics, g1Graphics, g1Invoked) : new Charsets(g0Graphics, graphics, g1Invoked);
    }

    Charsets invoke(boolean g1) {
        return new Charsets(g0Graphics, g1Graphics, g1);
    }
}
