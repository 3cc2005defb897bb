package dev.mux.server.overlay;

import dev.mux.server.input.KeyReader;
import dev.mux.server.model.Pane;
import dev.mux.server.mouse.MouseEvent;
import dev.mux.server.mouse.MouseKey;
import dev.mux.server.render.Frame;
import java.util.List;

/**
 * display-menu's menu as tmux 3.3a's menu.c: a box of items at a client's cell, one of them chosen
 * (drawn in mode-style); keys move the choice (Up, Down, k, j, g, G, PageUp, PageDown, C-b) skipping
 * separators and disabled items, an item's key or Enter runs it, Escape, C-c, C-g and q close. A
 * menu opened from a mouse key follows the pointer (a release over an item runs it, over nothing
 * closes the menu, unless it stays open); one opened otherwise starts on its first item and a
 * button other than the first closes it.
 */
public final class Menu implements Overlay {
    private static final String UP = KeyReader.canonical("Up");
    private static final String DOWN = KeyReader.canonical("Down");
    private static final String PAGE_UP = KeyReader.canonical("PageUp");
    private static final String PAGE_DOWN = KeyReader.canonical("PageDown");
    private static final String ENTER = KeyReader.canonical("Enter");
    private static final List<String> PAGE_UP_KEYS = List.of("g", PAGE_UP, KeyReader.canonical("C-b"));
    private static final List<String> PAGE_DOWN_KEYS = List.of("G", PAGE_DOWN);
    private static final List<String> CLOSE_KEYS = List.of(KeyReader.canonical("Escape"), KeyReader.canonical("C-c"),
            KeyReader.canonical("C-g"), "q");
    private static final int PAGE = 5;
    private static final int BUTTONS = 195;
    private static final int RELEASED = 3;
    private static final int DRAG = 32;

    private final String title;
    private final List<MenuItem> items;
    private final int width;
    private final int left;
    private final int top;
    private final boolean stayOpen;
    private final boolean mouseChooses;
    private final long chosenStyle;
    private final Pane target;
    private final MouseKey mouse;
    private int choice = -1;
    private long version;

    /**
     * The menu of {@code built} with its box's top left at {@code (x, y)} (moved in to fit the
     * client), or null when the client is too small for it. {@code mouse} is the mouse key that
     * opened it (null: none), which the chosen command sees too, with {@code target} as its pane.
     */
    public static Menu open(MenuBuilder built, int x, int y, int clientColumns, int clientRows, boolean stayOpen,
                            long chosenStyle, Pane target, MouseKey mouse) {
        return fitted(built, x, y, clientColumns, clientRows, stayOpen, chosenStyle, target, mouse, mouse != null);
    }

    /**
     * A menu that follows the pointer from the start (a popup's, opened by a right click), its top
     * left at {@code (x, y)} moved in to fit; a chosen item's command is its reaction's, with no
     * target or mouse key. Null when the client is too small.
     */
    static Menu atPointer(MenuBuilder built, int x, int y, int clientColumns, int clientRows, long chosenStyle) {
        return fitted(built, x, y, clientColumns, clientRows, false, chosenStyle, null, null, true);
    }

    private static Menu fitted(MenuBuilder built, int x, int y, int clientColumns, int clientRows, boolean stayOpen,
                               long chosenStyle, Pane target, MouseKey mouse, boolean mouseChooses) {
        int boxWidth = built.width() + 4;
        int boxHeight = built.count() + 2;
        if (clientColumns < boxWidth || clientRows < boxHeight) return null;
        int left = x + boxWidth > clientColumns ? clientColumns - boxWidth : x;
        int top = y + boxHeight > clientRows ? clientRows - boxHeight : y;
        return new Menu(built, left, top, stayOpen, chosenStyle, target, mouse, mouseChooses);
    }

    private Menu(MenuBuilder built, int left, int top, boolean stayOpen, long chosenStyle, Pane target, MouseKey mouse,
                 boolean mouseChooses) {
        this.title = built.title();
        this.items = built.items();
        this.width = built.width();
        this.left = left;
        this.top = top;
        this.stayOpen = stayOpen;
        this.mouseChooses = mouseChooses;
        this.chosenStyle = chosenStyle;
        this.target = target;
        this.mouse = mouse;
        if (!mouseChooses) {
            for (int i = 0; i < items.size() && choice == -1; i++) {
                if (items.get(i).selectable()) choice = i;
            }
        }
    }

    @Override
    public void draw(Frame frame) {
        MenuDrawing.draw(frame, left, top, width, title, items, choice, chosenStyle);
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public boolean wantsMouse() {
        return mouseChooses;
    }

    @Override
    public Reaction key(KeyReader.Key key) {
        String typed = key.canonical();
        for (int i = 0; i < items.size(); i++) {
            MenuItem item = items.get(i);
            if (item.selectable() && typed.equals(item.key())) {
                choice = i;
                return chosen();
            }
        }
        // tmux's page keys test the name the loop above saw last: the last item's.
        String lastName = items.get(items.size() - 1).name();
        boolean lastUnselectable = lastName == null || lastName.startsWith("-");
        int count = items.size();
        if (typed.equals(UP) || typed.equals("k")) {
            step(-1);
        } else if (typed.equals(DOWN) || typed.equals("j")) {
            step(1);
        } else if (PAGE_UP_KEYS.contains(typed)) {
            choice = choice > PAGE ? choice - PAGE : 0;
            while (choice != count && lastUnselectable) choice++;
            if (choice == count) choice = -1;
            version++;
        } else if (PAGE_DOWN_KEYS.contains(typed)) {
            choice = choice > count - PAGE - 1 ? count - 1 : choice + PAGE;
            while (choice != -1 && lastUnselectable) choice--;
            version++;
        } else if (typed.equals(ENTER)) {
            return chosen();
        } else if (CLOSE_KEYS.contains(typed)) {
            return Reaction.CLOSE;
        }
        return Reaction.KEEP;
    }

    /** Moves the choice one selectable item up or down, round the ends. */
    private void step(int by) {
        int count = items.size();
        int old = choice == -1 ? 0 : choice;
        do {
            if (by < 0) {
                choice = choice == -1 || choice == 0 ? count - 1 : choice - 1;
            } else {
                choice = choice == -1 || choice == count - 1 ? 0 : choice + 1;
            }
        } while (!items.get(choice).selectable() && choice != old);
        version++;
    }

    @Override
    public Reaction mouse(MouseEvent event) {
        int button = event.release() ? RELEASED : event.button();
        boolean release = (button & BUTTONS) == RELEASED;
        boolean wheel = (button & BUTTONS) == 64 || (button & BUTTONS) == 65;
        boolean drag = (button & DRAG) != 0;
        if (!mouseChooses) return (button & BUTTONS) != 0 ? Reaction.CLOSE : Reaction.KEEP;
        int x = event.column();
        int y = event.row();
        if (x < left || x > left + 4 + width || y < top + 1 || y > top + items.size()) {
            if (!stayOpen ? release : !release && !wheel && !drag) return Reaction.CLOSE;
            if (choice != -1) {
                choice = -1;
                version++;
            }
            return Reaction.KEEP;
        }
        if (!stayOpen ? release : !wheel && !drag) return chosen();
        int under = y - (top + 1);
        if (under != choice) {
            choice = under;
            version++;
        }
        return Reaction.KEEP;
    }

    private Reaction chosen() {
        if (choice == -1) return Reaction.CLOSE;
        MenuItem item = items.get(choice);
        if (!item.selectable()) return stayOpen ? Reaction.KEEP : Reaction.CLOSE;
        return new Reaction(true, item.command(), target, mouse);
    }
}
