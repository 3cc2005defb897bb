package dev.mux.server.options;

import dev.mux.server.model.Session;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The values of the options: global ones (server options, and the defaults of session options)
 * and each session's own, which win over the global value. A value never set is the table's
 * default. A session's values go with the session. Loop thread only.
 */
public final class OptionStore {
    private final OptionTable table;
    private final Map<String, Object> global = new HashMap<>();
    private final Map<Session, Map<String, Object>> local = new WeakHashMap<>();

    public OptionStore(OptionTable table) {
        this.table = table;
    }

    public OptionTable table() {
        return table;
    }

    /** The value that applies to {@code session} (null: the global one). */
    public Object value(OptionDefinition definition, Session session) {
        Object own = session == null ? null : ownValue(definition, session);
        return own != null ? own : globalValue(definition);
    }

    public Object globalValue(OptionDefinition definition) {
        return global.getOrDefault(definition.name(), definition.defaultValue());
    }

    /** The value set on {@code session} itself, or null when it inherits the global one. */
    public Object ownValue(OptionDefinition definition, Session session) {
        return local.getOrDefault(session, Map.of()).get(definition.name());
    }

    /** Sets the global value, or {@code session}'s own when it is not null. */
    public void set(OptionDefinition definition, Session session, Object value) {
        if (session == null) {
            global.put(definition.name(), value);
        } else {
            local.computeIfAbsent(session, s -> new HashMap<>()).put(definition.name(), value);
        }
    }

    /** Forgets the global value (back to the default), or {@code session}'s own (back to the global). */
    public void unset(OptionDefinition definition, Session session) {
        if (session == null) {
            global.remove(definition.name());
        } else {
            local.getOrDefault(session, new HashMap<>()).remove(definition.name());
        }
    }

    public boolean flag(String name, Session session) {
        return (Boolean) value(table.require(name, OptionType.FLAG), session);
    }

    public int number(String name, Session session) {
        return (Integer) value(table.require(name, OptionType.NUMBER), session);
    }

    public String choice(String name, Session session) {
        return (String) value(table.require(name, OptionType.CHOICE), session);
    }

    public String key(String name, Session session) {
        return (String) value(table.require(name, OptionType.KEY), session);
    }

    public String string(String name, Session session) {
        return (String) value(table.require(name, OptionType.STRING), session);
    }

    /** A colour option's value as a packed {@code term.Color}. */
    public int colour(String name, Session session) {
        return Colours.color((String) value(table.require(name, OptionType.COLOUR), session));
    }
}
