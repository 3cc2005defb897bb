package dev.mux.scope;

import java.util.List;
import org.freedesktop.dbus.Struct;
import org.freedesktop.dbus.annotations.Position;

/** One {@code (sa(sv))} entry of StartTransientUnit's last argument; mux never sends any. */
public final class AuxiliaryUnit extends Struct {
    @Position(0)
    private final String name;
    @Position(1)
    private final List<UnitProperty> properties;

    public AuxiliaryUnit(String name, List<UnitProperty> properties) {
        this.name = name;
        this.properties = properties;
    }

    public String getName() {
        return name;
    }

    public List<UnitProperty> getProperties() {
        return properties;
    }
}
