package dev.mux.server.format;

import static dev.mux.server.format.FormatVariables.flag;
import static dev.mux.server.format.FormatVariables.number;

/**
 * {@code #{client_*}}: the context's client. mux's clients are never without UTF-8, and their
 * terminal's pixel size is unknown.
 */
final class ClientVariables {
    private ClientVariables() {}

    static String value(FormatContext context, String name) {
        FormatClient client = context.client();
        if (client == null) return null;
        return switch (name) {
            case "client_name" -> client.name();
            case "client_tty" -> client.tty();
            case "client_termname" -> client.termName();
            case "client_termtype" -> client.termType();
            case "client_termfeatures" -> client.termFeatures();
            case "client_width" -> number(client.width());
            case "client_height" -> number(client.height());
            case "client_cell_width", "client_cell_height" -> "0";
            case "client_session" -> client.session() == null ? null : client.session().name();
            case "client_last_session" -> client.lastSession() == null ? null : client.lastSession().name();
            case "client_pid" -> number(client.pid());
            case "client_created" -> number(client.created());
            case "client_activity" -> number(client.activity());
            case "client_key_table" -> client.keyTable();
            case "client_prefix" -> flag(!client.keyTable().equals(client.defaultKeyTable()));
            case "client_readonly" -> flag(client.readOnly());
            case "client_control_mode" -> flag(client.controlMode());
            case "client_utf8" -> "1";
            case "client_flags" -> client.flags();
            case "client_written" -> number(client.written());
            case "client_discarded" -> "0";
            case "client_uid" -> ServerVariables.uid();
            case "client_user" -> ServerVariables.user();
            default -> null;
        };
    }
}
