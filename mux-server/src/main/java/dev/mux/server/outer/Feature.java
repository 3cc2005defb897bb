package dev.mux.server.outer;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * tmux's terminal features (terminal-features, tty-features.c in 3.3a), plus {@code hyperlinks}
 * (named as tmux 3.4 names it): each adds the terminfo capabilities that say how to drive it, and
 * a terminal has the feature when those capabilities are there, whether the feature, its terminfo
 * entry or terminal-overrides put them there.
 */
public enum Feature {
    COLOURS_256("256", List.of("AX", Capability.SETAB_256, Capability.SETAF_256)),
    BPASTE("bpaste", List.of("Enbp=\\E[?2004h", "Dsbp=\\E[?2004l")),
    CCOLOUR("ccolour", List.of("Cs=\\E]12;%p1%s\\a", "Cr=\\E]112\\a")),
    CLIPBOARD("clipboard", List.of("Ms=\\E]52;%p1%s;%p2%s\\a")),
    CSTYLE("cstyle", List.of("Ss=\\E[%p1%d q", "Se=\\E[2 q")),
    EXTKEYS("extkeys", List.of("Eneks=\\E[>4;1m", "Dseks=\\E[>4m")),
    FOCUS("focus", List.of("Enfcs=\\E[?1004h", "Dsfcs=\\E[?1004l")),
    MARGINS("margins", List.of("Enmg=\\E[?69h", "Dsmg=\\E[?69l", "Clmg=\\E[s", "Cmg=\\E[%i%p1%d;%p2%ds")),
    MOUSE("mouse", List.of("kmous=\\E[M")),
    OSC7("osc7", List.of("Swd=\\E]7;", "fsl=\\a")),
    OVERLINE("overline", List.of("Smol=\\E[53m")),
    RECTFILL("rectfill", List.of("Rect")),
    RGB("RGB", List.of("AX", "setrgbf=\\E[38;2;%p1%d;%p2%d;%p3%dm", "setrgbb=\\E[48;2;%p1%d;%p2%d;%p3%dm",
            Capability.SETAB_256, Capability.SETAF_256)),
    STRIKETHROUGH("strikethrough", List.of("smxx=\\E[9m")),
    SYNC("sync", List.of("Sync=\\EP=%p1%ds\\E\\\\")),
    TITLE("title", List.of("tsl=\\E]0;", "fsl=\\a")),
    USSTYLE("usstyle", List.of("Smulx=\\E[4::%p1%dm",
            "Setulc=\\E[58::2::%p1%{65536}%/%d::%p1%{256}%/%{255}%&%d::%p1%{255}%&%d%;m", "ol=\\E[59m")),
    /** OSC 8 links: not in tmux 3.3a; 3.4 names the feature so and its capability Hls. */
    HYPERLINKS("hyperlinks", List.of("Hls=\\E]8;%?%p1%l%tid=%p1%s%;;%p2%s\\E\\\\"));

    private final String featureName;
    private final List<String> capabilities;

    Feature(String featureName, List<String> capabilities) {
        this.featureName = featureName;
        this.capabilities = capabilities;
    }

    /** The name terminal-features uses. */
    public String featureName() {
        return featureName;
    }

    /** The capabilities the feature adds, in terminal-overrides' form. */
    List<String> capabilities() {
        return capabilities;
    }

    /** The feature named {@code name} (any case, as tmux compares), or null. */
    public static Feature named(String name) {
        for (Feature feature : values()) {
            if (feature.featureName.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) return feature;
        }
        return null;
    }

    /** What a terminal must have to count as having the feature: the capabilities tmux checks before it uses one. */
    Predicate<Capabilities> test() {
        return switch (this) {
            case COLOURS_256 -> caps -> caps.number("colors") >= 256;
            case RGB -> caps -> caps.has("setrgbf") && caps.has("setrgbb");
            case BPASTE -> caps -> caps.has("Enbp");
            case CCOLOUR -> caps -> caps.has("Cs");
            case CLIPBOARD -> caps -> caps.has("Ms");
            case CSTYLE -> caps -> caps.has("Ss");
            case EXTKEYS -> caps -> caps.has("Eneks");
            case FOCUS -> caps -> caps.has("Enfcs");
            case MARGINS -> caps -> caps.has("Cmg") && caps.has("Clmg");
            case MOUSE -> caps -> caps.has("kmous");
            case OSC7 -> caps -> caps.has("Swd");
            case OVERLINE -> caps -> caps.has("Smol");
            case RECTFILL -> caps -> caps.has("Rect");
            case STRIKETHROUGH -> caps -> caps.has("smxx");
            case SYNC -> caps -> caps.has("Sync");
            case TITLE -> caps -> caps.has("tsl") && caps.has("fsl");
            case USSTYLE -> caps -> caps.has("Smulx");
            case HYPERLINKS -> caps -> caps.has("Hls");
        };
    }

    /** Capability strings two features share. */
    private static final class Capability {
        static final String SETAB_256 = "setab=\\E[%?%p1%{8}%<%t4%p1%d%e%p1%{16}%<%t10%p1%{8}%-%d%e48;5;%p1%d%;m";
        static final String SETAF_256 = "setaf=\\E[%?%p1%{8}%<%t3%p1%d%e%p1%{16}%<%t9%p1%{8}%-%d%e38;5;%p1%d%;m";
    }
}
