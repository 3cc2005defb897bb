package dev.mux.server.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The format language on fixed values; expected results are tmux 3.3a's for the same text. */
class FormatsTest {
    private static final Function<String, String> VARIABLES = Map.of("session_name", "work", "pane_title", "hello",
            "zero", "0", "path", "/usr/local/bin")::get;

    private static String expand(String template) {
        return Formats.expand(template, VARIABLES);
    }

    @Test
    void truncatesFromEitherEnd() {
        assertEquals("hel", expand("#{=3:pane_title}"));
        assertEquals("llo", expand("#{=-3:pane_title}"));
        assertEquals("hello", expand("#{=-2147483648:pane_title}"));
        assertEquals("work", expand("#S"));
    }

    @Test
    void marksWhatWasTrimmedAndPads() {
        assertEquals("he...", expand("#{=/2/...:pane_title}"));
        assertEquals("..lo", expand("#{=/-2/..:pane_title}"));
        assertEquals("hello", expand("#{=-2/..:pane_title}"));
        assertEquals("work  |", expand("#{p6:session_name}|"));
        assertEquals("  work|", expand("#{p-6:session_name}|"));
    }

    /** A command's format is any text a client sends: nesting must stay bounded, not overflow the stack. */
    @Test
    void deeplyNestedTruncationsStayBounded() {
        String deep = "#{" + "=1:".repeat(200_000) + "pane_title}";
        assertEquals("", expand(deep));
        String nested = "#{?".repeat(5_000) + "1,a,b" + "}".repeat(5_000);
        assertEquals("", expand(nested).replace("a", ""));
    }

    @Test
    void conditionsAndComparisons() {
        assertEquals("yes", expand("#{?#{==:a,a},yes,no}"));
        assertEquals("no", expand("#{?zero,yes,no}"));
        assertEquals("inner", expand("#{?session_name,#{?zero,x,inner},no}"));
        assertEquals("1", expand("#{||:0,1}"));
        assertEquals("0", expand("#{&&:1,0}"));
        assertEquals("1", expand("#{<:a,b}"));
        assertEquals("1", expand("#{m:w*,work}"));
        assertEquals("1", expand("#{m/ri:^W,work}"));
        assertEquals("0", expand("#{m/r:^W,work}"));
    }

    @Test
    void modifiersOfValues() {
        assertEquals("bin", expand("#{b:path}"));
        assertEquals("/usr/local", expand("#{d:path}"));
        assertEquals("X1", expand("#{s/s/X/:#{l:s1}}"));
        assertEquals("5", expand("#{e|+|:2,3}"));
        assertEquals("3.3333", expand("#{e|/|f|4:10,3}"));
        assertEquals("0.50", expand("#{e|-|f:1,0.5}"));
        assertEquals("4", expand("#{n:session_name}"));
        assertEquals("A", expand("#{a:65}"));
        assertEquals("#{session_name}", expand("#{l:#{session_name}}"));
        assertEquals("a b", expand("#{q:#{l:a b}}"));
        assertEquals("800000", expand("#{c:red}"));
    }

    /** What tmux prints for text that does not parse: what came before it, and nothing after. */
    @Test
    void badTextEndsTheExpansion() {
        assertEquals("x", expand("x#{unterminated"));
        assertEquals("a", expand("a#(echo"));
        assertEquals("##[fg=red]", expand("##[fg=red]"));
        assertEquals("#,,}", expand("##,#,#}"));
        assertEquals("#Z", expand("#Z"));
        assertEquals("", expand("#{?nocomma}"));
    }
}
