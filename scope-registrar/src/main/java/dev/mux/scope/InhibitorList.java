package dev.mux.scope;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads logind's ListInhibitors reply. A raw reply's structs arrive as arrays of their fields or
 * as {@link LoginManager.Inhibitor}, depending on how dbus-java unmarshalled them: both are read.
 */
final class InhibitorList {
    private InhibitorList() {}

    /** "what/mode" of each lock held by {@code pid}, e.g. "shutdown/delay". */
    static List<String> heldBy(Object reply, long pid) {
        List<String> held = new ArrayList<>();
        Collection<?> entries = reply instanceof Collection<?> list ? list
                : reply instanceof Object[] array ? List.of(array) : List.of();
        for (Object entry : entries) {
            Object[] fields = entry instanceof LoginManager.Inhibitor lock
                    ? new Object[] {lock.getWhat(), lock.getWho(), lock.getWhy(), lock.getMode(), lock.getUid(), lock.getPid()}
                    : entry instanceof Object[] array ? array : null;
            if (fields == null || fields.length < 6) continue;
            if (fields[5] instanceof Number holder && holder.longValue() == pid) held.add(fields[0] + "/" + fields[3]);
        }
        return held;
    }
}
