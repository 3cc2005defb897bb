package dev.mux.scope;

import java.util.List;
import org.freedesktop.dbus.Struct;
import org.freedesktop.dbus.annotations.Position;
import org.freedesktop.dbus.types.UInt64;
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

    /** A string setting, e.g. {@code ManagedOOMPreference=avoid}. */
    public static UnitProperty text(String name, String value) {
        return new UnitProperty(name, new Variant<>(value));
    }

    /** A boolean setting, e.g. {@code SendSIGHUP=yes}. */
    public static UnitProperty flag(String name, boolean value) {
        return new UnitProperty(name, new Variant<>(value));
    }

    /** A size in bytes, e.g. {@code MemoryMax=}; D-Bus type {@code t}. */
    public static UnitProperty bytes(String name, long value) {
        return new UnitProperty(name, new Variant<>(new UInt64(value), "t"));
    }

    /** A list of unit names, as dependencies take them ({@code PartOf=}, {@code Before=}); D-Bus type {@code as}. */
    public static UnitProperty units(String name, List<String> units) {
        return new UnitProperty(name, new Variant<>(List.copyOf(units), "as"));
    }

    public String getName() {
        return name;
    }

    public Variant<?> getValue() {
        return value;
    }
}
