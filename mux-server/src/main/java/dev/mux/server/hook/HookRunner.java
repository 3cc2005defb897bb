package dev.mux.server.hook;

import dev.mux.server.cmd.CommandContext;
import dev.mux.server.cmd.CommandException;
import dev.mux.server.cmd.CommandHooks;
import dev.mux.server.cmd.CommandLineSplitter;
import dev.mux.server.cmd.CommandSpec;
import dev.mux.server.cmd.CommandTable;
import dev.mux.server.cmd.EnvironmentParseHost;
import dev.mux.server.cmd.HookArguments;
import dev.mux.server.cmd.ParsedArgs;
import dev.mux.server.cmd.Target;
import dev.mux.server.format.FormatClient;
import dev.mux.server.loop.EventLoop;
import dev.mux.server.model.Pane;
import dev.mux.server.model.Sessions;
import dev.mux.server.notify.Notification;
import dev.mux.server.notify.Notifications;
import dev.mux.server.options.OptionDefinition;
import dev.mux.server.options.OptionStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs hooks as tmux 3.3a does. An {@code after-NAME} hook runs right after its command, before the
 * next command of the same list, as the requester of that command. A notification's hook (and
 * pane-exited, client-attached, ...) runs once the work that fired it is over, in the order fired
 * (tmux queues it on its global queue, which the loop turns to next: here, a task posted to the
 * loop), with no client. A hook's own commands run no hooks and fire none, as tmux's. Loop thread only.
 */
public final class HookRunner implements CommandHooks, Notifications.Watcher {
    /** Commands whose after hook is about what they created, not their target. */
    private static final java.util.Set<String> CREATING = java.util.Set.of("new-session", "new-window", "split-window");
    private final CommandTable table;
    private final OptionStore options;
    private final Sessions sessions;
    private final EventLoop loop;
    private final HookContexts contexts;
    /** How many hooks are running their commands now: while any is, nothing runs hooks. */
    private int running;

    public HookRunner(CommandTable table, OptionStore options, Sessions sessions, EventLoop loop, HookContexts contexts) {
        this.table = table;
        this.options = options;
        this.sessions = sessions;
        this.loop = loop;
        this.contexts = contexts;
    }

    @Override
    public void notified(Notification notification) {
        HookEvent.of(notification).ifPresent(this::fire);
    }

    /** Queues the hook of {@code event}'s name, with its formats and target as they are now. */
    public void fire(HookEvent event) {
        if (running > 0) return;
        OptionDefinition hook = options.table().definition(event.name());
        if (hook == null) return;
        HookTarget target = HookTarget.of(event, sessions);
        Map<String, String> formats = event.formats();
        loop.post(() -> {
            HookTarget now = target.stillThere(sessions);
            run(hook, now, formats, contexts.create());
        });
    }

    @Override
    public void afterCommand(CommandSpec spec, ParsedArgs args, CommandContext context) {
        if (running > 0) return;
        OptionDefinition hook = options.table().definition("after-" + spec.name());
        if (hook == null || !hook.hook()) return;
        Pane pane = null;
        try {
            Target target = args.target();
            if (target != null) pane = target.pane() != null ? target.pane() : sessionPane(target);
        } catch (CommandException e) {
            pane = null;
        }
        if (CREATING.contains(spec.name()) && context.panes().lastCreated() != null) pane = context.panes().lastCreated();
        if (pane == null && context.attachedSession() != null) pane = context.attachedSession().activePane();
        Map<String, String> formats = new LinkedHashMap<>();
        formats.put("hook", hook.name());
        formats.putAll(HookArguments.of(spec, args));
        run(hook, HookTarget.ofPaneOrNothing(pane, sessions), formats, context);
    }

    private static Pane sessionPane(Target target) {
        return target.session() != null ? target.session().activePane() : null;
    }

    @Override
    public void clientAttached(CommandContext context) {
        FormatClient client = context.requester().formatClient();
        fire(HookEvent.ofClient("client-attached", client == null ? "" : client.name(), context.attachedSession()));
    }

    @Override
    public void runNow(String name, Target target, CommandContext context) {
        OptionDefinition hook = options.table().definition(name);
        if (hook == null) return;
        Pane pane = target != null ? target.pane() : null;
        if (pane == null && context.attachedSession() != null) pane = context.attachedSession().activePane();
        run(hook, HookTarget.ofPaneOrNothing(pane, sessions), Map.of("hook", name), context);
    }

    private void run(OptionDefinition hook, HookTarget target, Map<String, String> formats, CommandContext base) {
        List<String> commands = target.commands(hook, options);
        if (commands.isEmpty()) return;
        CommandContext context = within(base, new HookRequester(base.requester(), target, formats));
        running++;
        try {
            for (String text : commands) runList(text, context);
        } finally {
            running--;
        }
    }

    /** One item of the hook: its commands in order, the first error ending them. */
    private void runList(String text, CommandContext context) {
        try {
            for (List<String> words : CommandLineSplitter.splitLine(text, EnvironmentParseHost.of(context))) {
                table.runOne(words, context);
            }
        } catch (CommandException e) {
            context.out().error(e.getMessage());
        }
    }

    private static CommandContext within(CommandContext c, HookRequester requester) {
        return new CommandContext(c.out(), requester, c.sessions(), c.clients(), c.panes(), c.stops(), c.buffers(),
                c.options(), c.keyBindings(), c.commandTable(), c.formats(), c.scope(), c.background(), c.sources(),
                c.modeServices(), c.waits(), c.promptHistory(), c.resurrection());
    }
}
