package dev.mux.server.outer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.BiPredicate;

/**
 * What one client's terminal can do: its TERM's terminfo entry, with terminal-features and
 * terminal-overrides applied in tmux 3.3a's order (tty_term_create): the features of every
 * terminal-features item whose pattern matches TERM, then the overrides; a VT100-like terminal (the
 * {@code XT} flag, or {@code clear} starting with CSI) gains bpaste, focus and title; {@code Tc} or
 * {@code RGB} without {@code setrgbf}/{@code setrgbb} gains RGB; then the features' capabilities
 * are added and the overrides applied again, so an override always has the last word.
 */
public final class ClientTerminal {
    /** How many colours the renderer may use. */
    public enum Colours { RGB, C256, C16, C8 }

    /** A terminal that can do everything: for tests and callers that draw for no client in particular. */
    public static final ClientTerminal ALL = all();

    private final String name;
    private final Capabilities caps;
    private final boolean colours256;
    private final Set<Feature> features;
    private final boolean vt100Like;
    /** The features given to it (told, terminal-features, the VT100 and RGB defaults): tmux's client term_features. */
    private final Set<Feature> given;

    private ClientTerminal(String name, Capabilities caps, boolean colours256, boolean vt100Like, Set<Feature> given) {
        this.name = name;
        this.given = Set.copyOf(given);
        this.vt100Like = vt100Like;
        this.caps = caps;
        this.colours256 = colours256;
        EnumSet<Feature> found = EnumSet.noneOf(Feature.class);
        for (Feature feature : Feature.values()) {
            if (feature.test().test(caps)) found.add(feature);
        }
        if (colours256) found.add(Feature.COLOURS_256);
        this.features = found;
    }

    /**
     * Builds the terminal for {@code term}.
     *
     * @param entry            its terminfo entry's capabilities, or null if none was found (then it
     *                         has none but what the options give it)
     * @param terminalFeatures the terminal-features items ({@code pattern:feature:feature...})
     * @param overrides        the terminal-overrides items ({@code pattern:cap=value:cap...})
     * @param matches          fnmatch(3): whether a pattern matches {@code term}
     */
    public static ClientTerminal build(String term, Capabilities entry, List<String> terminalFeatures,
                                       List<String> overrides, BiPredicate<String, String> matches) {
        return build(term, entry, Set.of(), terminalFeatures, overrides, matches);
    }

    /** As above, with the features the terminal told of itself ({@link DeviceAttributes}). */
    public static ClientTerminal build(String term, Capabilities entry, Set<Feature> told, List<String> terminalFeatures,
                                       List<String> overrides, BiPredicate<String, String> matches) {
        Capabilities caps = entry == null ? new Capabilities() : entry.copy();
        EnumSet<Feature> wanted = EnumSet.noneOf(Feature.class);
        wanted.addAll(told);
        for (String item : terminalFeatures) {
            OverrideFields fields = new OverrideFields(item);
            String pattern = fields.next();
            if (pattern != null && matches.test(pattern, term)) addFeatures(wanted, fields.rest(), ":");
        }
        applyOverrides(caps, term, overrides, matches);
        boolean vt100Like = isVt100Like(caps);
        if (vt100Like) addFeatures(wanted, "bpaste,focus,title", ",");
        if ((caps.flag("Tc") || caps.has("RGB")) && !(caps.has("setrgbf") && caps.has("setrgbb"))) wanted.add(Feature.RGB);
        for (Feature feature : wanted) {
            for (String capability : feature.capabilities()) caps.apply(capability);
        }
        applyOverrides(caps, term, overrides, matches);
        boolean colours256 = wanted.contains(Feature.COLOURS_256) || wanted.contains(Feature.RGB);
        return new ClientTerminal(term, caps, colours256, vt100Like, wanted);
    }

    /** The XT flag, or a clear that starts with CSI: the terminal descends from the VT100 and may be asked what it is. */
    private static boolean isVt100Like(Capabilities caps) {
        String clear = caps.string("clear");
        return caps.flag("XT") || clear != null && clear.startsWith("\033[");
    }

    /**
     * Adds the features named in {@code list}; as tmux, an unknown name ends the list there
     * (the names before it count, those after it do not).
     */
    private static void addFeatures(Set<Feature> wanted, String list, String separators) {
        for (String name : list.split("[" + java.util.regex.Pattern.quote(separators) + "]", -1)) {
            Feature feature = Feature.named(name);
            if (feature == null) return;
            wanted.add(feature);
        }
    }

    private static void applyOverrides(Capabilities caps, String term, List<String> overrides,
                                       BiPredicate<String, String> matches) {
        for (String item : overrides) {
            OverrideFields fields = new OverrideFields(item);
            String pattern = fields.next();
            if (pattern != null && matches.test(pattern, term)) caps.apply(fields.rest());
        }
    }

    private static ClientTerminal all() {
        Capabilities caps = new Capabilities();
        caps.apply("clear=\\E[H\\E[2J:cup=\\E[%i%p1%d;%p2%dH:colors=256:bold=\\E[1m:dim=\\E[2m:sitm=\\E[3m"
                + ":smul=\\E[4m:blink=\\E[5m:rev=\\E[7m:smso=\\E[7m:invis=\\E[8m:bce");
        for (Feature feature : Feature.values()) {
            for (String capability : feature.capabilities()) caps.apply(capability);
        }
        return new ClientTerminal("", caps, true, true, EnumSet.allOf(Feature.class));
    }

    /** Whether the terminal may be asked what it is ({@link DeviceAttributes#REQUESTS}), as tmux asks only such terminals. */
    public boolean vt100Like() {
        return vt100Like;
    }

    /** The TERM it was built for. */
    public String name() {
        return name;
    }

    /**
     * The features it was given, by their names in tmux's order and joined by commas, as tmux 3.3a
     * prints #{client_termfeatures}; features found only in its terminfo entry are not among them.
     */
    public String givenFeatures() {
        StringJoiner names = new StringJoiner(",");
        for (Feature feature : Feature.values()) {
            if (given.contains(feature)) names.add(feature.featureName());
        }
        return names.toString();
    }

    /** Whether the terminal has the feature (its capabilities, from whichever source). */
    public boolean has(Feature feature) {
        return features.contains(feature);
    }

    /** The string capability, or null. */
    public String string(String capability) {
        return caps.string(capability);
    }

    public boolean flag(String capability) {
        return caps.flag(capability);
    }

    /** The number capability, or -1. */
    public int number(String capability) {
        return caps.number(capability);
    }

    /** Whether the capability is there at all (a flag, a number or a string). */
    public boolean hasCapability(String capability) {
        return caps.has(capability);
    }

    /**
     * The colours the renderer may send, as tmux's tty_check_fg decides: 24-bit when the terminal
     * has setrgbf and setrgbb, 256 with the 256 or RGB feature or {@code colors} at least 256, else
     * 16 or 8 by {@code colors}.
     */
    public Colours colours() {
        if (features.contains(Feature.RGB)) return Colours.RGB;
        if (colours256 || caps.number("colors") >= 256) return Colours.C256;
        return caps.number("colors") >= 16 ? Colours.C16 : Colours.C8;
    }
}
