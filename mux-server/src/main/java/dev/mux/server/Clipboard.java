package dev.mux.server;

import dev.mux.server.buffer.BufferException;
import dev.mux.server.buffer.PasteBuffer;
import dev.mux.server.buffer.PasteBuffers;
import dev.mux.server.client.Client;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Sessions;
import dev.mux.server.notify.Notifications;
import dev.mux.server.options.OptionStore;
import dev.mux.server.outer.Feature;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The set-clipboard option, as tmux 3.3a: copies from copy mode (unless it is {@code off}) and,
 * with {@code on}, OSC 52 sequences from programs in panes are sent to the clipboard of the outer
 * terminals showing the pane, as OSC 52, when their terminal can take it (the {@code Ms}
 * capability: from terminfo, the {@code clipboard} feature of terminal-features, or
 * terminal-overrides; see {@link OuterTerminals}); with {@code on} an OSC 52
 * from a program also becomes a paste buffer, and its query ({@code ?}) is answered with the
 * newest buffer. Either way a copy that reaches the clipboards runs the pane's pane-set-clipboard hook.
 */
final class Clipboard {
    private static final String OSC_52 = "\033]52;;";
    private static final String BEL = "\007";

    private final OptionStore options;
    private final Sessions sessions;
    private final ClientRegistry clients;
    private final PasteBuffers buffers;
    private final OuterTerminals terminals;
    private final Notifications notifications;

    Clipboard(OptionStore options, Sessions sessions, ClientRegistry clients, PasteBuffers buffers,
              OuterTerminals terminals, Notifications notifications) {
        this.terminals = terminals;
        this.options = options;
        this.sessions = sessions;
        this.clients = clients;
        this.buffers = buffers;
        this.notifications = notifications;
    }

    /** A copy from copy mode on pane {@code paneId}: a new buffer (or appended to the newest) and the outer clipboards. */
    void copied(int paneId, String text, String prefix, boolean append) {
        if (!options.server().string("set-clipboard").equals("off")) {
            sessions.paneById(paneId).ifPresent(pane -> {
                send(pane, text);
                notifications.paneSetClipboard(pane);
            });
        }
        if (append) {
            append(text);
        } else {
            buffers.add(prefix, text);
        }
    }

    /** An OSC 52 from {@code pane}'s program: {@code payload} is what follows "52;" (selection;data). */
    void fromPane(Pane pane, String payload) {
        if (!options.server().string("set-clipboard").equals("on")) return;
        int separator = payload.indexOf(';');
        if (separator < 0 || separator == payload.length() - 1) return;
        String data = payload.substring(separator + 1);
        if (data.equals("?")) {
            String top = buffers.top().map(PasteBuffer::data).orElse("");
            String encoded = Base64.getEncoder().encodeToString(top.getBytes(StandardCharsets.UTF_8));
            pane.write((OSC_52 + encoded + BEL).getBytes(StandardCharsets.US_ASCII));
            return;
        }
        byte[] decoded;
        try {
            decoded = Base64.getMimeDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            return;
        }
        if (decoded.length == 0) return;
        String text = new String(decoded, StandardCharsets.UTF_8);
        send(pane, text);
        notifications.paneSetClipboard(pane);
        buffers.add(text);
    }

    /** append-selection: the text goes to the end of the newest buffer, which keeps its name; with none, a new one. */
    private void append(String text) {
        Optional<PasteBuffer> top = buffers.top();
        if (top.isEmpty()) {
            buffers.add(text);
            return;
        }
        try {
            buffers.set(top.get().name(), top.get().data() + text);
        } catch (BufferException e) {
            buffers.add(text);
        }
    }

    /** OSC 52 to every attached client whose current window shows {@code pane} and whose terminal can set the clipboard. */
    private void send(Pane pane, String text) {
        byte[] sequence = osc52(text);
        for (Client client : clients.all()) {
            if (!client.isAttached() || !client.isShowing() || client.session() == null) continue;
            if (client.session().currentWindow() != pane.window()) continue;
            if (terminals.of(client).has(Feature.CLIPBOARD)) client.draw(sequence);
        }
    }

    /** The OSC 52 sequence that sets a terminal's clipboard to {@code text}. */
    static byte[] osc52(String text) {
        return (OSC_52 + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + BEL)
                .getBytes(StandardCharsets.US_ASCII);
    }
}
