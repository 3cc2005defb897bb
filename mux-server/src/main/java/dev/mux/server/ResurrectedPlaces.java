package dev.mux.server;

import dev.mux.server.model.Session;
import dev.mux.server.model.Sessions;
import dev.mux.server.model.Window;
import dev.mux.server.snapshot.ServerImage.LinkImage;
import dev.mux.server.snapshot.ServerImage.SessionImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The second step of a resurrection, once every session's own windows are back (their programs
 * started once): each session's places of windows kept elsewhere are linked again, each session's
 * current and last window selected, and sessions that were grouped are grouped again. A link whose
 * window did not come back, or whose index is taken, is left out.
 */
final class ResurrectedPlaces {
    private static final Logger LOG = LoggerFactory.getLogger(ResurrectedPlaces.class);

    private ResurrectedPlaces() {}

    /**
     * {@code made}: each session brought back with its image; {@code windows}: the windows brought
     * back, by their id in the snapshot. Returns the sessions left with no window, which are gone.
     */
    static List<Session> restore(Sessions sessions, Map<Session, SessionImage> made, Map<Integer, Window> windows) {
        List<Session> empty = new ArrayList<>();
        Map<String, List<Session>> groups = new LinkedHashMap<>();
        for (Map.Entry<Session, SessionImage> entry : made.entrySet()) {
            Session session = entry.getKey();
            SessionImage image = entry.getValue();
            for (LinkImage link : image.links()) {
                Window window = windows.get(link.windowId());
                if (window == null || session.windowAt(link.index()).isPresent()) {
                    LOG.warn("resurrection: {}:{} not linked again (its window is missing or the index taken)",
                            session.name(), link.index());
                    continue;
                }
                sessions.places().link(window, session, link.index(), false);
            }
            if (session.windows().isEmpty()) {
                sessions.removeSession(session);
                empty.add(session);
                continue;
            }
            session.windowAt(image.last()).ifPresent(session::select);
            session.windowAt(image.current()).ifPresent(session::select);
            if (image.group() != null) groups.computeIfAbsent(image.group(), name -> new ArrayList<>()).add(session);
        }
        groups.forEach((name, members) -> {
            if (sessions.groups().named(name).isPresent()) {
                LOG.warn("resurrection: group {} exists, its sessions stay ungrouped", name);
            } else {
                sessions.groups().restore(name, members);
            }
        });
        return empty;
    }
}
