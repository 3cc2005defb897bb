package dev.mux.server.mouse;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * One client's mouse events made keys, as tmux 3.3a's server_client_check_mouse: what kind of event
 * (move, down, up, drag, wheel, second, double or triple click) over what (pane, border, a part of
 * the status line) with which button and modifiers. It keeps what that needs: the event before
 * (drags start where the button went down), the button being dragged (its release is a
 * MouseDragEnd key), the drag a command began (then moves go to it, not to key tables), and the
 * clicks counted within {@link #CLICK_MILLIS} of each other: a second press is a SecondClick key, a
 * third a TripleClick, and a second not followed by a third becomes a DoubleClick when the time is up.
 */
public final class MouseKeys {
    /** tmux's KEYC_CLICK_TIMEOUT. */
    static final long CLICK_MILLIS = 300;
    /** tmux's MOUSE_MASK_BUTTONS and the bits of an xterm button code. */
    private static final int BUTTONS = 195;
    private static final int SHIFT = 4;
    private static final int META = 8;
    private static final int CTRL = 16;
    private static final int DRAG = 32;
    private static final int WHEEL_UP = 64;
    private static final int WHEEL_DOWN = 65;
    private static final int RELEASED = 3;
    /** The button codes of buttons 1, 2, 3, 6, 7, 8, 9, 10 and 11. */
    private static final int[] BUTTON_CODES = {0, 1, 2, 66, 67, 128, 129, 130, 131};
    private static final int[] BUTTON_NUMBERS = {1, 2, 3, 6, 7, 8, 9, 10, 11};

    /** What is under a cell of the client's terminal, as the client shows it now. */
    public interface Locator {
        /** The place at {@code (x, y)}, or null when a mouse event there is no key. */
        MousePlace at(int x, int y);

        /** The client's row of the window's first row (1 below a status line at the top). */
        int windowTop();
    }

    /** Runs a task later on the loop; what it returns cancels it. */
    public interface Timers {
        Runnable after(long millis, Runnable task);
    }

    private enum Kind { MOVE, DOWN, UP, DRAG, WHEEL, SECOND, DOUBLE, TRIPLE }

    private enum Clicks { NONE, AFTER_ONE, AFTER_TWO }

    private int lastX;
    private int lastY;
    private int lastButton = RELEASED;
    /** The dragged button's code plus one, 0 when no drag goes on (tmux's mouse_drag_flag). */
    private int dragFlag;
    private MouseDrag drag;
    private Clicks clicks = Clicks.NONE;
    private int clickButton;
    private Pointer clickPointer;
    private Runnable cancelClickTimer = () -> {};

    /** An event with the pointer's position before it. */
    private record Pointer(MouseEvent event, int button, int x, int y, int lastX, int lastY, int lastButton) {}

    /**
     * The key {@code event} makes, or empty when it makes none (a drag's move that went to the drag a
     * command began, a press of another button in a double click, a cell over nothing). When two
     * clicks are not followed by a third in time, {@code doubleClicked} gets the DoubleClick key.
     */
    public Optional<MouseKey> translate(MouseEvent event, Locator locator, Timers timers, Consumer<MouseKey> doubleClicked) {
        // tmux keeps no modifiers on an SGR release, and drops the release of a wheel, which some terminals send.
        if (event.release() && isWheel(event.button())) return Optional.empty();
        int button = event.release() ? RELEASED : event.button();
        Pointer pointer = new Pointer(event, button, event.column(), event.row(), lastX, lastY, lastButton);
        lastX = event.column();
        lastY = event.row();
        lastButton = button;

        if ((button & DRAG) != 0 && (button & BUTTONS) == RELEASED) return keyOf(Kind.MOVE, pointer, pointer.x, pointer.y, 0, locator);
        if ((button & DRAG) != 0) {
            if (dragFlag == 0) return keyOf(Kind.DRAG, pointer, pointer.lastX, pointer.lastY, pointer.lastButton, locator);
            if (pointer.x == pointer.lastX && pointer.y == pointer.lastY) return Optional.empty();
            return keyOf(Kind.DRAG, pointer, pointer.x, pointer.y, button, locator);
        }
        if (isWheel(button)) return keyOf(Kind.WHEEL, pointer, pointer.x, pointer.y, button, locator);
        if ((button & BUTTONS) == RELEASED) return keyOf(Kind.UP, pointer, pointer.x, pointer.y, pointer.lastButton, locator);
        return press(pointer, locator, timers, doubleClicked);
    }

    /** A button went down: a first, second or third click, or nothing when another button broke a double click. */
    private Optional<MouseKey> press(Pointer pointer, Locator locator, Timers timers, Consumer<MouseKey> doubleClicked) {
        Kind kind = null;
        Clicks before = clicks;
        cancelClickTimer.run();
        clicks = Clicks.NONE;
        if (before == Clicks.AFTER_ONE) {
            if (pointer.button == clickButton) {
                kind = Kind.SECOND;
                clicks = Clicks.AFTER_TWO;
            }
        } else if (before == Clicks.AFTER_TWO) {
            if (pointer.button == clickButton) return keyOf(Kind.TRIPLE, pointer, pointer.x, pointer.y, pointer.button, locator);
        } else {
            kind = Kind.DOWN;
            clicks = Clicks.AFTER_ONE;
        }
        clickPointer = pointer;
        clickButton = pointer.button;
        cancelClickTimer = timers.after(CLICK_MILLIS, () -> {
            boolean wasDouble = clicks == Clicks.AFTER_TWO;
            clicks = Clicks.NONE;
            cancelClickTimer = () -> {};
            if (wasDouble) {
                Pointer click = clickPointer;
                keyOf(Kind.DOUBLE, click, click.x, click.y, click.button, locator).ifPresent(doubleClicked);
            }
        });
        return kind == null ? Optional.empty() : keyOf(kind, pointer, pointer.x, pointer.y, pointer.button, locator);
    }

    /**
     * Begins a drag a command asked for: the pointer's moves until the button comes up go to
     * {@code handler}. Only while the button is being dragged, as in tmux.
     */
    public void startDrag(MouseDrag handler) {
        drag = handler;
    }

    /** Ends a drag without a release (the client left its session). */
    public void forget() {
        drag = null;
        dragFlag = 0;
    }

    private Optional<MouseKey> keyOf(Kind kind, Pointer pointer, int x, int y, int button, Locator locator) {
        MousePlace place = locator.at(x, y);
        if (place == null) return Optional.empty();
        int top = locator.windowTop();
        boolean forwardable = kind != Kind.DOUBLE;
        if (kind != Kind.DRAG && kind != Kind.WHEEL && dragFlag != 0) {
            String number = numberOf(dragFlag - 1);
            String name = number == null ? "" : modifiers(button) + "MouseDragEnd" + number + place.where().keySuffix();
            MouseKey end = new MouseKey(name, pointer.event, place, pointer.x, pointer.y, pointer.lastX, pointer.lastY, top, forwardable);
            MouseDrag ended = drag;
            drag = null;
            dragFlag = 0;
            if (ended != null) ended.release(end);
            return name.isEmpty() ? Optional.empty() : Optional.of(end);
        }
        String event = switch (kind) {
            case MOVE -> "MouseMove";
            case DOWN -> "MouseDown";
            case UP -> "MouseUp";
            case DRAG -> "MouseDrag";
            case WHEEL -> (button & BUTTONS) == WHEEL_UP ? "WheelUp" : "WheelDown";
            case SECOND -> "SecondClick";
            case DOUBLE -> "DoubleClick";
            case TRIPLE -> "TripleClick";
        };
        String number = kind == Kind.MOVE || kind == Kind.WHEEL ? "" : numberOf(button & BUTTONS);
        MouseKey key = new MouseKey(modifiers(button) + event + (number == null ? "" : number) + place.where().keySuffix(),
                pointer.event, place, pointer.x, pointer.y, pointer.lastX, pointer.lastY, top, forwardable);
        if (kind == Kind.DRAG) {
            dragFlag = (button & BUTTONS) + 1;
            if (drag != null) {
                drag.update(key);
                return Optional.empty();
            }
        }
        return number == null ? Optional.empty() : Optional.of(key);
    }

    private static boolean isWheel(int button) {
        return (button & BUTTONS) == WHEEL_UP || (button & BUTTONS) == WHEEL_DOWN;
    }

    /** The number a button code has in key names (MouseDown3Pane), or null for a code of no button. */
    private static String numberOf(int buttons) {
        for (int i = 0; i < BUTTON_CODES.length; i++) {
            if (BUTTON_CODES[i] == buttons) return Integer.toString(BUTTON_NUMBERS[i]);
        }
        return null;
    }

    private static String modifiers(int button) {
        return ((button & CTRL) != 0 ? "C-" : "") + ((button & META) != 0 ? "M-" : "") + ((button & SHIFT) != 0 ? "S-" : "");
    }
}
