package dev.mux.server.cmd;

import dev.mux.server.model.Pane;
import dev.mux.server.mouse.MouseKey;
import dev.mux.server.overlay.Menu;
import dev.mux.server.overlay.MenuBuilder;
import dev.mux.server.style.StyleParser;
import java.util.List;

/**
 * display-menu: a menu over the target client's panes (see {@link Menu}), its arguments taken in
 * threes, name, key and command, an empty name making a separator; names, commands and the title
 * (-T) are formats expanded for the target pane. -x and -y place it (see {@link OverlayPosition}),
 * -O keeps it open when the mouse lets go of something not an item. A menu that does not fit, or
 * one asked for while another menu or popup shows, is not shown, as in tmux. A menu shown holds
 * up the commands after it in its list until it goes.
 */
final class DisplayMenuCommand {
    static final Command COMMAND = new Command(new CommandSpec("display-menu", "menu", "c:t:OT:x:y:", 1, -1,
            "[-O] [-c target-client] [-t target-pane] [-T title] [-x position] [-y position] name key command ...",
            TargetKind.PANE), DisplayMenuCommand::run);

    private DisplayMenuCommand() {}

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane pane = args.target().pane();
        Requester client = OverlayClients.of(context, args);
        MouseKey mouse = context.requester().mouse();
        List<String> words = args.positional();
        String title = args.has('T') ? context.expand(args.value('T'), pane) : "";
        int[] lines = {0};
        // A chosen command joins the queue of the menu's client: behind this list only when it is that client's.
        String shownOn = client.clientName();
        boolean ownQueue = shownOn != null && shownOn.equals(context.requester().clientName());
        ClosingOverlay[] shown = {null};
        boolean showing = client.showOverlay(pane.window().index(), area -> {
            MenuBuilder menu = new MenuBuilder(title, area.columns());
            for (int i = 0; i < words.size(); ) {
                String name = words.get(i++);
                if (name.isEmpty()) {
                    menu.separator();
                    continue;
                }
                if (words.size() - i < 2) {
                    lines[0] = -1;
                    return null;
                }
                String key = words.get(i++);
                String command = words.get(i++);
                menu.item(context.expand(name, pane), key, context.expand(command, pane));
            }
            if (menu.count() == 0) return null;
            OverlayPosition.Cell at = OverlayPosition.of(context, area, pane, mouse, args.value('x'), args.value('y'),
                    menu.width() + 4, menu.count() + 2);
            if (at == null) return null;
            long chosen = StyleParser.cell(pane.window().options().string("mode-style"));
            Menu opened = Menu.open(menu, at.x(), at.y(), area.columns(), area.rows(), args.has('O'), chosen, pane, mouse);
            if (opened == null) return null;
            shown[0] = new ClosingOverlay(opened, ownQueue ? context.background() : null);
            return shown[0];
        });
        if (lines[0] < 0) throw new CommandException("not enough arguments");
        if (!showing || shown[0] == null) return CommandResult.DONE;
        // The commands after it wait until the menu goes, as tmux's queue waits.
        return context.background().later(reply -> {
            shown[0].whenClosed(reply);
            return true;
        });
    }
}
