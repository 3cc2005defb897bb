package dev.mux.server.stop;

import dev.mux.server.model.Pane;

/** A pane of the model as a stop target; its name is taken at the start, while the pane is still in its window. */
record PaneTarget(Pane pane, String name, PaneIdentity identity, StopSettings settings) implements StopTarget {
    static PaneTarget of(Pane pane, StopSettings settings, String serverPrefix) {
        String place = pane.window().session().name() + ":" + pane.window().index();
        return new PaneTarget(pane, "%" + pane.id() + " (" + place + ")", PaneIdentity.of(pane, serverPrefix), settings);
    }

    @Override
    public void hangUp() {
        pane.hangUp();
    }
}
