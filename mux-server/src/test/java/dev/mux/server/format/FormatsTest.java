package dev.mux.server.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FormatsTest {
    private static final Function<String, String> VARIABLES = Map.of("session_name", "work", "pane_title", "hello")::get;

    @Test
    void truncatesFromEitherEnd() {
        assertEquals("hel", Formats.expand("#{=3:pane_title}", VARIABLES));
        assertEquals("llo", Formats.expand("#{=-3:pane_title}", VARIABLES));
        assertEquals("hello", Formats.expand("#{=-2147483648:pane_title}", VARIABLES));
        assertEquals("work", Formats.expand("#S", VARIABLES));
    }

    /** A command's format is any text a client sends: nesting must stay bounded, not overflow the stack. */
    @Test
    void deeplyNestedTruncationsStayBounded() {
        String deep = "#{" + "=1:".repeat(200_000) + "pane_title}";
        assertEquals("", Formats.expand(deep, VARIABLES));
    }
}
