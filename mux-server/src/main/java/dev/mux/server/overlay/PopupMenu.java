package dev.mux.server.overlay;

/**
 * The menu a right click opens on a popup (outside it, or on its left or top border), as tmux
 * 3.3a's: Close, Paste (when there is a buffer), Fill Space, Centre, To Horizontal Pane, To
 * Vertical Pane, each chosen by its key letter, which is also the command its reaction carries.
 * It opens centred on the pointer's column, its top on the pointer's row.
 */
final class PopupMenu {
    static final String CLOSE = "q";
    static final String PASTE = "p";
    static final String FILL = "F";
    static final String CENTRE = "C";
    static final String HORIZONTAL = "h";
    static final String VERTICAL = "v";

    private PopupMenu() {}

    static Menu open(int pointerX, int pointerY, int clientColumns, int clientRows, PopupHost host) {
        MenuBuilder items = new MenuBuilder("", clientColumns);
        items.item("Close", CLOSE, CLOSE);
        String buffer = host.topBufferName();
        if (buffer != null) items.item("Paste #[underscore]" + buffer, PASTE, PASTE);
        items.separator();
        items.item("Fill Space", FILL, FILL);
        items.item("Centre", CENTRE, CENTRE);
        items.separator();
        items.item("To Horizontal Pane", HORIZONTAL, HORIZONTAL);
        items.item("To Vertical Pane", VERTICAL, VERTICAL);
        int half = (items.width() + 4) / 2;
        return Menu.atPointer(items, pointerX >= half ? pointerX - half : 0, pointerY, clientColumns, clientRows,
                host.chosenStyle());
    }
}
