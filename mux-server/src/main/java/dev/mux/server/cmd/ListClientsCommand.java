package dev.mux.server.cmd;

import dev.mux.server.format.FormatClient;
import dev.mux.server.format.FormatContext;
import dev.mux.server.model.Session;

/** list-clients: the attached clients, of every session or the one -t names, in tmux's format or -F's. */
final class ListClientsCommand {
    static final Command COMMAND = new Command(new CommandSpec("list-clients", "lsc", "F:t:", 0, 0,
            "[-F format] [-t target-session]").target(TargetKind.SESSION, TargetPolicy.OPTIONAL), ListClientsCommand::run);
    /** tmux 3.3a's line for a client. */
    static final String TEMPLATE = "#{client_name}: #{session_name} [#{client_width}x#{client_height} #{client_termname}] "
            + "#{?#{!=:#{client_uid},#{uid}},[user #{?client_user,#{client_user},#{client_uid},}] ,}"
            + "#{?client_flags,(,}#{client_flags}#{?client_flags,),}";

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Target only = args.target();
        Session session = only == null ? null : only.session();
        String template = args.value('F', TEMPLATE);
        FormatContext base = FormatContext.of(context.formats());
        for (FormatClient client : context.formats().clients()) {
            if (session != null && client.session() != session) continue;
            context.out().print(base.withClient(client).expand(template));
        }
        return CommandResult.DONE;
    }
}
