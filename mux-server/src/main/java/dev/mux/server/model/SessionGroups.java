package dev.mux.server.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The server's session groups (new-session -t), kept in step: after a change to one member's
 * windows the other members copy them, as tmux's session_group_synchronize_from. A group goes
 * with its last member.
 */
public final class SessionGroups {
    private final List<SessionGroup> groups = new ArrayList<>();

    SessionGroups() {}

    /** The group of this name, if there is one. */
    public Optional<SessionGroup> named(String name) {
        return groups.stream().filter(group -> group.name().equals(name)).findFirst();
    }

    /** A new group of this name, with {@code first} in it. */
    public SessionGroup start(Session first, String name) {
        SessionGroup group = new SessionGroup(name);
        groups.add(group);
        join(first, group);
        return group;
    }

    /**
     * A group brought back from a snapshot, of {@code members} that already show the same windows
     * at the same indexes: they are grouped as they are, nothing copied.
     */
    public void restore(String name, List<Session> members) {
        SessionGroup group = start(members.get(0), name);
        for (Session member : members.subList(1, members.size())) join(member, group);
    }

    void join(Session session, SessionGroup group) {
        group.add(session);
        session.joinGroup(group);
    }

    /** After a change to {@code changed}'s windows, the group's other members take them. */
    void synchronize(Session changed) {
        SessionGroup group = changed.group();
        if (group == null) return;
        for (Session member : group.members()) {
            if (member != changed) member.mirror(changed);
        }
    }

    void leave(Session session) {
        SessionGroup group = session.group();
        if (group == null) return;
        group.remove(session);
        session.joinGroup(null);
        if (group.members().isEmpty()) groups.remove(group);
    }
}
