package dev.mux.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mux.server.notify.Notification;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeapGiveBackTest {
    private final List<Runnable> scheduled = new ArrayList<>();
    private final List<Long> delays = new ArrayList<>();
    private int cancelled;
    private int collections;
    private final HeapGiveBack giveBack = new HeapGiveBack((delay, task) -> {
        delays.add(delay);
        scheduled.add(task);
        return () -> cancelled++;
    }, () -> collections++);

    @Test
    void aClosedWindowCollectsOnceTheQuietHasLasted() {
        giveBack.notified(new Notification.WindowUnlinked(null, null));

        assertEquals(List.of(HeapGiveBack.QUIET_MILLIS), delays);
        assertEquals(0, collections);
        scheduled.get(0).run();
        assertEquals(1, collections);
    }

    @Test
    void eachFurtherClosingPutsTheCollectionOff() {
        giveBack.notified(new Notification.WindowUnlinked(null, null));
        giveBack.notified(new Notification.SessionClosed(null));

        assertEquals(1, cancelled);
        assertEquals(2, scheduled.size());
        scheduled.get(1).run();
        assertEquals(1, collections);
        // After the collection nothing waits, so the next closing cancels nothing.
        giveBack.notified(new Notification.WindowUnlinked(null, null));
        assertEquals(1, cancelled);
    }

    @Test
    void otherNotificationsCollectNothing() {
        giveBack.notified(new Notification.WindowRenamed(null));
        giveBack.notified(new Notification.SessionCreated(null));

        assertEquals(List.of(), scheduled);
    }
}
