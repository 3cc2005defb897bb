package dev.mux.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The {@code mux} command: global flags here, everything after them goes to the server as is. */
public final class Main {
    static final String VERSION = "0.1.0";
    private static final String HELP_RESOURCE = "help.txt";

    private Main() {}

    public static void main(String[] args) throws Exception {
        if (Boolean.getBoolean(ClassDataTraining.PROPERTY)) {
            // The build's run for the class-data archive, launched with -jar as bin/mux launches us.
            ClassDataTraining.main(args);
            return;
        }
        System.exit(run(Identity.current(), args, System.getenv(), System.out, System.err));
    }

    /** Runs the command as mux; see {@link #run(Identity, String[], Map, PrintStream, PrintStream)}. */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        return run(Identity.MUX, args, env, out, err);
    }

    /**
     * Runs the command as {@code identity} and returns the exit status; prints nothing but to
     * {@code out} and {@code err}.
     */
    static int run(Identity identity, String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        try {
            GlobalOptions options = GlobalOptions.parse(args);
            if (options.help()) {
                out.print(helpText());
                return 0;
            }
            if (options.version()) {
                out.println(identity.version());
                return 0;
            }
            Outcome outcome = new Client(options, identity, env, out, err).run();
            if (!outcome.message().isEmpty()) {
                (outcome.toStandardError() ? err : out).println(outcome.message());
            }
            if (outcome.hangUpParent()) {
                out.flush();
                ParentHangUp.send();
            }
            return outcome.status();
        } catch (ClientException e) {
            err.println(e.getMessage());
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    static String helpText() throws ClientException {
        try (InputStream help = Main.class.getResourceAsStream(HELP_RESOURCE)) {
            if (help == null) throw new ClientException("mux: " + HELP_RESOURCE + " is missing from the class path");
            return new String(help.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ClientException("mux: cannot read " + HELP_RESOURCE + " (" + e.getMessage() + ")");
        }
    }
}
