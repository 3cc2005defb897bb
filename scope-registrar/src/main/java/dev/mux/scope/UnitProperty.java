package dev.mux.scope;

import org.freedesktop.dbus.Struct;
import org.freedesktop.dbus.annotations.Position;
import org.freedesktop.dbus.types.Variant;

/** One {@code (sv)} entry of a transient unit's properties, e.g. {@code ("CollectMode", "inactive-or-failed")}. */
public final class UnitProperty extends Struct {
    @Position(0)
    private final String name;
    @Position(1)
    private final Variant<?> value;

    public UnitProperty(String name, Variant<?> value) {
        this.name = name;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public Variant<?> getValue() {
        return value;
    }
}
