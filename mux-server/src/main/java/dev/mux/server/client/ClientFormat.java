package dev.mux.server.client;

import dev.mux.server.format.FormatClient;
import dev.mux.server.model.Session;

/**
 * A connected client as formats see it ({@code #{client_*}}): what the status line and commands
 * hand to {@code FormatContext.withClient}.
 */
public final class ClientFormat implements FormatClient {
    private final Client client;

    public ClientFormat(Client client) {
        this.client = client;
    }

    @Override
    public String name() {
        return client.name();
    }

    @Override
    public String tty() {
        return client.offeredTerminal() == null ? "" : client.offeredTerminal().path();
    }

    @Override
    public String termName() {
        return client.request() == null ? "" : client.request().term();
    }

    @Override
    public String termType() {
        return client.view() == null ? "" : client.view().termType();
    }

    @Override
    public String termFeatures() {
        return client.terminal() == null ? "" : client.terminal().givenFeatures();
    }

    @Override
    public long created() {
        return client.activity().created();
    }

    @Override
    public long activity() {
        return client.activity().typed();
    }

    @Override
    public long written() {
        return client.activity().written();
    }

    @Override
    public int width() {
        return client.isAttached() ? client.columns() : client.request() == null ? 0 : client.request().columns();
    }

    @Override
    public int height() {
        return client.isAttached() ? client.rows() : client.request() == null ? 0 : client.request().rows();
    }

    @Override
    public Session session() {
        return client.session();
    }


    @Override
    public Session lastSession() {
        return client.lastSession();
    }

    @Override
    public boolean suspended() {
        return client.isSuspended();
    }

    @Override
    public String flags() {
        return client.flags().describe(client.isControl(), client.isSuspended());
    }

    @Override
    public String keyTable() {
        return client.view() == null ? defaultKeyTable() : client.view().keys().table();
    }

    @Override
    public String defaultKeyTable() {
        return client.session() == null ? "root" : client.session().options().string("key-table");
    }

    @Override
    public boolean readOnly() {
        return client.flags().readOnly();
    }

    @Override
    public boolean controlMode() {
        return client.isControl();
    }
}
