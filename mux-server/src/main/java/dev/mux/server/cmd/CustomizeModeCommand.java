package dev.mux.server.cmd;

import dev.mux.server.choose.Customize;
import dev.mux.server.input.KeyBindings;
import dev.mux.server.model.Pane;
import java.util.List;

/** customize-mode: the options and key bindings in the target pane, to change them through the prompt. */
final class CustomizeModeCommand {
    static final Command COMMAND = new Command(new CommandSpec("customize-mode", null, "F:f:Nt:Z", 0, 0,
            "[-NZ] [-F format] [-f filter] [-t target-pane]", TargetKind.PANE), CustomizeModeCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Pane pane = args.target().pane();
        TreeModes.enter(context, args, pane, Customize.NAME, "",
                unzoom -> new Customize(context.options(), () -> bindings(context.keyBindings()), unzoom),
                chooser -> null);
        return CommandResult.DONE;
    }

    private static List<Customize.Binding> bindings(KeyBindings keyBindings) {
        return keyBindings.all().stream()
                .map(binding -> new Customize.Binding(binding.table(), binding.keyName(), binding.commands().print(false)))
                .toList();
    }
}
