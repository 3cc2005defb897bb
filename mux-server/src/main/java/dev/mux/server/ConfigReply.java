package dev.mux.server;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A config file's commands have no client: their output goes to the log and their errors are kept. */
final class ConfigReply implements Reply {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigReply.class);
    private final List<String> errors = new ArrayList<>();

    @Override
    public void output(String text) {
        LOG.info("config: {}", text.strip());
    }

    @Override
    public void error(String line) {
        errors.add(line);
    }

    /** The errors reported so far, in order. */
    List<String> errors() {
        return List.copyOf(errors);
    }

    @Override
    public void finish(int status) {
        // Nobody waits for a config file's commands.
    }
}
