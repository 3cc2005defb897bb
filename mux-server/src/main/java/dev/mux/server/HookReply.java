package dev.mux.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A notification's hook runs with no client, as tmux's: what its commands print or fail with goes to the log. */
final class HookReply implements Reply {
    private static final Logger LOG = LoggerFactory.getLogger(HookReply.class);

    @Override
    public void output(String text) {
        LOG.info("hook: {}", text.strip());
    }

    @Override
    public void error(String line) {
        LOG.warn("hook: {}", line);
    }

    @Override
    public void finish(int status) {
        // Nobody waits for a hook's commands.
    }
}
