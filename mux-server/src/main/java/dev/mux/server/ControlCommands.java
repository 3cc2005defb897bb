package dev.mux.server;

import dev.mux.server.client.Client;
import dev.mux.server.cmd.CommandException;
import dev.mux.server.cmd.CommandResult;
import dev.mux.server.cmd.CommandTable;
import dev.mux.server.control.ControlBlock;
import dev.mux.server.control.ControlClients;
import dev.mux.server.format.FormatContext;
import dev.mux.server.format.FormatServer;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Winlink;
import java.util.List;

/** What control clients need of the server: commands run as the client's, its exit, its size, formats. */
final class ControlCommands implements ControlClients.Commands {
    private final CommandTable table;
    private final CommandRunner runner;
    private final ClientRegistry clients;
    private final FormatServer formats;

    ControlCommands(CommandTable table, CommandRunner runner, ClientRegistry clients, FormatServer formats) {
        this.table = table;
        this.runner = runner;
        this.clients = clients;
        this.formats = formats;
    }

    @Override
    public CommandResult run(Client client, List<String> words, ControlBlock block) throws CommandException {
        return runner.runControl(client, words, new ControlReply(block));
    }

    @Override
    public void check(List<String> words) throws CommandException {
        table.check(words);
    }

    @Override
    public void exit(Client client) {
        if (client.isAttached()) {
            clients.detach(client);
        } else {
            client.finishControl(0, "");
        }
    }

    @Override
    public void sizeChanged(Client client) {
        if (client.isAttached()) clients.fitToClients(client.session());
    }

    @Override
    public void drop(Client client, String reason) {
        clients.dropControl(client, reason);
    }

    @Override
    public String expand(String format, Winlink link, Pane pane) {
        return FormatContext.of(formats).withLink(link).withPane(pane).expand(format);
    }
}
