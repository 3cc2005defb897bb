package dev.mux.server;

import dev.mux.server.cmd.Output;
import dev.mux.server.options.Options;
import dev.mux.server.scope.ServerScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the linger option asks for, once per request (new-session both creates and attaches):
 * {@code warn}, the warning that sessions would die at logout, then a fresh look at logind for the
 * next request; {@code auto}, linger enabled through logind off the loop, and the warning only
 * once that has failed; {@code off}, neither.
 */
final class LogoutWarning {
    private static final Logger LOG = LoggerFactory.getLogger(LogoutWarning.class);
    private final ServerScope scope;
    private final Output out;
    private final BlockingWork blockingWork;
    private final Options serverOptions;
    private boolean warned;

    LogoutWarning(ServerScope scope, Output out, BlockingWork blockingWork, Options serverOptions) {
        this.scope = scope;
        this.out = out;
        this.blockingWork = blockingWork;
        this.serverOptions = serverOptions;
    }

    void once() {
        if (warned) return;
        warned = true;
        String policy = serverOptions.string("linger");
        if (policy.equals("warn") || (policy.equals("auto") && scope.lingerFailed())) scope.warning().ifPresent(out::error);
        blockingWork.offLoop(() -> {
            if (policy.equals("auto")) scope.lingerOnDemand();
            scope.refresh();
            return null;
        }, done -> { }, failed -> LOG.debug("logind refresh failed: {}", failed.getMessage()));
    }
}
