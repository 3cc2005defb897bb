package dev.mux.server.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Sessions that show the same windows (new-session -t), as tmux's session group: each member has
 * places of its own (its own current and last window) for the same windows at the same indexes;
 * a change to one member's windows is copied to the others ({@link Session#mirror}).
 */
public final class SessionGroup {
    private final String name;
    /** In the order they joined. */
    private final List<Session> members = new ArrayList<>();

    SessionGroup(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public List<Session> members() {
        return Collections.unmodifiableList(members);
    }

    void add(Session session) {
        members.add(session);
    }

    void remove(Session session) {
        members.remove(session);
    }
}
