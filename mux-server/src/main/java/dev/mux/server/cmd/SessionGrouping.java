package dev.mux.server.cmd;

import dev.mux.server.model.Session;
import dev.mux.server.model.SessionGroup;
import dev.mux.server.model.Window;
import java.util.List;

/**
 * new-session -t: the group the new session joins, as tmux finds it. A target that names a session
 * groups with it (joining its group, or starting one named after it); else one that names a group
 * joins that; else a new group of that name is started by the new session alone.
 *
 * @param with the session the target named, or null
 * @param group the group to join, or null for a new one
 * @param prefix the group's name, which an unnamed new session is named after
 */
record SessionGrouping(Session with, SessionGroup group, String prefix) {
    static SessionGrouping of(CommandContext context, String target) throws CommandException {
        Session with;
        try {
            with = Targets.session(context, target);
        } catch (CommandException notFound) {
            // tmux looks the target up quietly: a name that is no session may be a group's.
            with = null;
        }
        SessionGroup group = with != null ? with.group() : context.sessions().groups().named(target).orElse(null);
        String prefix = group != null ? group.name() : with != null ? with.name() : TargetSpec.sanitizeSessionName(target);
        if (prefix.isEmpty()) throw new CommandException("invalid session group: " + target);
        return new SessionGrouping(with, group, prefix);
    }

    /** tmux's name for an unnamed session of a group: the group's name and the session's id. */
    String defaultName(CommandContext context) {
        return prefix + "-" + context.sessions().nextSessionId();
    }

    /**
     * The session in its group, made as new-session makes one, with a first window: as in tmux, the
     * windows of a group (or a session) that exists then replace that window, which ends; else it
     * starts a new group. The session is told as created (%sessions-changed, session-created) once
     * it is in its group, as tmux tells it.
     */
    Session create(CommandContext context, String name, int columns, int rows, PaneSpawn spawn) throws CommandException {
        Session session;
        context.sessions().holdNewSessions(true);
        try {
            session = context.panes().newSession(name, columns, rows, spawn);
        } finally {
            context.sessions().holdNewSessions(false);
        }
        if (group == null && with == null) {
            context.sessions().groups().start(session, prefix);
            context.sessions().announce(session);
            return session;
        }
        SessionGroup joined = group != null ? group : context.sessions().groups().start(with, with.name());
        List<Window> replaced = context.sessions().joinGroup(session, joined);
        context.sessions().announce(session);
        context.stops().endUnlinked(replaced);
        return session;
    }
}
