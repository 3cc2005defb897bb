package dev.mux.server;

import dev.mux.server.cmd.Output;
import dev.mux.server.scope.ServerScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The warning that sessions would die at logout, once per request (new-session both creates and
 * attaches), then a fresh look at logind for the next request.
 */
final class LogoutWarning {
    private static final Logger LOG = LoggerFactory.getLogger(LogoutWarning.class);
    private final ServerScope scope;
    private final Output out;
    private final BlockingWork blockingWork;
    private boolean warned;

    LogoutWarning(ServerScope scope, Output out, BlockingWork blockingWork) {
        this.scope = scope;
        this.out = out;
        this.blockingWork = blockingWork;
    }

    void once() {
        if (warned) return;
        warned = true;
        scope.warning().ifPresent(out::error);
        blockingWork.offLoop(() -> {
            scope.refresh();
            return null;
        }, done -> { }, failed -> LOG.debug("logind refresh failed: {}", failed.getMessage()));
    }
}
