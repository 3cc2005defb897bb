package dev.mux.server.hook;

import dev.mux.server.cmd.CommandContext;

/** Makes the context a notification's hook runs its commands in: no client, errors to the log. */
public interface HookContexts {
    CommandContext create();
}
