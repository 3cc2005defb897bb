package dev.mux.server.environ;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A set of environment variables as tmux keeps them (the global environment, a session's): each
 * has a value or is marked to be removed from what panes get ({@code set-environment -r}), and may
 * be hidden (kept for formats and the config file's {@code $NAME}, but given to no pane). Kept in
 * name order, which is the order {@code show-environment} prints.
 */
public final class Environment {
    /** One variable: its value (null when it is to be removed) and whether panes get it. */
    public record Variable(String name, String value, boolean hidden) {
        public boolean removed() {
            return value == null;
        }
    }

    private final SortedMap<String, Variable> variables = new TreeMap<>();

    /** The variables of a process's environment, none hidden. */
    public static Environment of(Map<String, String> env) {
        Environment environment = new Environment();
        env.forEach((name, value) -> environment.set(name, value, false));
        return environment;
    }

    public void set(String name, String value, boolean hidden) {
        variables.put(name, new Variable(name, value, hidden));
    }

    /** Marks the variable to be removed from panes' environments (tmux's "-NAME"). */
    public void clear(String name) {
        Variable old = variables.get(name);
        variables.put(name, new Variable(name, null, old != null && old.hidden()));
    }

    /** Forgets the variable, so a wider environment's value shows through again. */
    public void unset(String name) {
        variables.remove(name);
    }

    public Variable find(String name) {
        return variables.get(name);
    }

    /** Every variable, in name order. */
    public Map<String, Variable> variables() {
        return Collections.unmodifiableSortedMap(variables);
    }

    /** Adds to {@code into} what a pane gets from here: values set, removals removed, hidden ones left out. */
    public void applyTo(Map<String, String> into) {
        for (Variable variable : variables.values()) {
            if (variable.hidden()) continue;
            if (variable.removed()) into.remove(variable.name());
            else into.put(variable.name(), variable.value());
        }
    }
}
