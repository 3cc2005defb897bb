package dev.mux.scope;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.freedesktop.DBus.Error.AccessDenied;
import org.freedesktop.DBus.Error.UnknownMethod;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.systemd1.UnitExists;

/**
 * A user manager on a private bus that answers StartTransientUnit the way systemd can: a job that
 * moves the process (by writing the fake /proc's cgroup file), fails, never ends, or an error.
 */
final class FakeSystemd implements SystemdManager, AutoCloseable {
    enum Answer { MOVE, DONE_WITHOUT_MOVING, JOB_FAILS, JOB_NEVER_ENDS, ACCESS_DENIED, UNIT_EXISTS, OLD_SYSTEMD, NO_REPLY }

    static final String JOB = "/org/freedesktop/systemd1/job/42";

    private final DBusConnection connection;
    private final Answer answer;
    private final Path procRoot;
    private final CountDownLatch closed = new CountDownLatch(1);
    final List<List<UnitProperty>> requests = new ArrayList<>();

    private FakeSystemd(DBusConnection connection, Answer answer, Path procRoot) {
        this.connection = connection;
        this.answer = answer;
        this.procRoot = procRoot;
    }

    static FakeSystemd export(PrivateBus bus, Answer answer, Path procRoot) throws DBusException {
        DBusConnection connection = DBusConnectionBuilder.forAddress(bus.address()).withShared(false).build();
        FakeSystemd fake = new FakeSystemd(connection, answer, procRoot);
        connection.requestBusName(BUS_NAME);
        connection.exportObject(PATH, fake);
        return fake;
    }

    @Override
    public void Subscribe() {
        // The real manager starts sending signals to this client; the fake sends them to everyone.
    }

    @Override
    public void AttachProcessesToUnit(String unit, String subcgroup, List<UInt32> pids) {
        // Only pane scopes attach processes to a unit, and no test here moves a pane.
        throw new UnknownMethod("AttachProcessesToUnit is not answered by this fake");
    }

    @Override
    public DBusPath StartTransientUnit(String name, String mode, List<UnitProperty> properties, List<AuxiliaryUnit> aux) {
        synchronized (requests) {
            requests.add(properties);
        }
        switch (answer) {
            case ACCESS_DENIED -> throw new AccessDenied("Access denied");
            case UNIT_EXISTS -> throw new UnitExists("Unit " + name + " was already loaded or has a fragment file.");
            case OLD_SYSTEMD -> throw new UnknownMethod("Unknown method StartTransientUnit or interface org.freedesktop.systemd1.Manager.");
            case NO_REPLY -> waitForever();
            case MOVE -> {
                movePid(properties, name);
                jobRemoved(name, "done");
            }
            case DONE_WITHOUT_MOVING -> jobRemoved(name, "done");
            case JOB_FAILS -> jobRemoved(name, "failed");
            case JOB_NEVER_ENDS -> { }
        }
        return new DBusPath(JOB);
    }

    /** Sent before the reply, as systemd may: the caller must have subscribed first. */
    private void jobRemoved(String unit, String result) {
        try {
            connection.sendMessage(new JobRemoved(PATH, new UInt32(42), new DBusPath(JOB), unit, result));
        } catch (DBusException e) {
            throw new IllegalStateException(e);
        }
    }

    private void movePid(List<UnitProperty> properties, String unit) {
        long pid = pidOf(properties);
        try {
            Path file = procRoot.resolve(Long.toString(pid)).resolve("cgroup");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "0::/user.slice/user-1000.slice/user@1000.service/app.slice/" + unit + "\n");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static long pidOf(List<UnitProperty> properties) {
        for (UnitProperty property : properties) {
            if (property.getName().equals("PIDs")) return ((List<?>) property.getValue().getValue()).stream()
                    .mapToLong(p -> ((UInt32) p).longValue()).findFirst().orElseThrow();
        }
        throw new IllegalArgumentException("no PIDs property");
    }

    /** Holds the call without a reply until the fake is closed. */
    private void waitForever() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String getObjectPath() {
        return PATH;
    }

    @Override
    public void close() {
        closed.countDown();
        connection.disconnect();
    }
}
