package dev.mux.server.term;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * What the operating system commands (OSC) and screen's rename string ({@code ESC k}) of a
 * program do to its {@link Screen}, and which of them go up to the server: the clipboard (OSC 52)
 * and window names, whose fate is the server's to decide.
 */
final class OscCommands {
    /** OSC 12 sets the cursor colour, OSC 112 resets it; the outer terminal is given them (see the renderer). */
    private static final int CURSOR_COLOUR = 12;
    private static final int CURSOR_COLOUR_RESET = 112;

    private final Screen screen;
    private final ScreenEdits edits;
    /** Hears OSC 52: the server decides what a program may do with the clipboard. */
    private Consumer<String> clipboard = payload -> { };
    /** Hears ESC k: the model decides whether the window takes the name (allow-rename). */
    private Consumer<String> renamer = name -> { };

    OscCommands(Screen screen, ScreenEdits edits) {
        this.screen = screen;
        this.edits = edits;
    }

    void onClipboard(Consumer<String> listener) {
        clipboard = listener;
    }

    void onRename(Consumer<String> listener) {
        renamer = listener;
    }

    /** ESC k: a name that is not valid UTF-8 is dropped, as tmux drops it. */
    void rename(byte[] payload, int length) {
        try {
            renamer.accept(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(payload, 0, length)).toString());
        } catch (CharacterCodingException notUtf8) {
            // Nothing is renamed.
        }
    }

    /**
     * Sets the title on OSC 0 and 2, leaving out characters that take no cell, and the path the
     * program reports on OSC 7 (kept as sent, as tmux keeps it), the cursor colour of OSC 12 and
     * 112; passes OSC 52 on; OSC 8 sets the pen's hyperlink ({@link OscHyperlink}) and OSC 133
     * marks prompts ({@link ScreenEdits#markPrompt}); other OSCs are ignored.
     */
    void dispatch(byte[] payload, int length) {
        int separator = 0;
        int command = 0;
        while (separator < length && payload[separator] >= '0' && payload[separator] <= '9' && command < 1000) {
            command = command * 10 + payload[separator] - '0';
            separator++;
        }
        if (command == CURSOR_COLOUR_RESET && separator == length) {
            screen.setCursorColour("");
            return;
        }
        if (separator == 0 || separator >= length || payload[separator] != ';') {
            return;
        }
        if (command == CURSOR_COLOUR) {
            String colour = new String(payload, separator + 1, length - separator - 1, StandardCharsets.US_ASCII);
            int rgb = colour.equals("?") ? OscColours.NONE : OscColours.parse(colour);
            // As tmux, a colour it cannot read leaves the cursor's colour as it was.
            if (rgb != OscColours.NONE) screen.setCursorColour(String.format("#%06x", rgb));
        }
        if (command == 52) {
            clipboard.accept(new String(payload, separator + 1, length - separator - 1, StandardCharsets.US_ASCII));
        }
        if (command == 0 || command == 2) {
            String text = new String(payload, separator + 1, length - separator - 1, StandardCharsets.UTF_8);
            screen.setTitle(text.codePoints()
                .filter(codePoint -> WcWidth.of(codePoint) >= 0)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString());
        } else if (command == 133 && separator + 1 < length) {
            edits.markPrompt(payload[separator + 1]);
        } else if (command == 8) {
            OscHyperlink.apply(screen.extras(), payload, separator + 1, length);
        } else if (command == 7) {
            String path = new String(payload, separator + 1, length - separator - 1, StandardCharsets.UTF_8);
            if (path.indexOf('\uFFFD') < 0) {
                screen.setReportedPath(path);
            }
        }
    }
}
