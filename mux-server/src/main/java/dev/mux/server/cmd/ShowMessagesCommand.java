package dev.mux.server.cmd;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * show-messages: the server's message log, newest first, each line tmux's {@code
 * #{t/p:message_time}: #{message_text}}. It needs an attached client, as tmux's does; -J (jobs)
 * and -T (terminals) print tmux's lists of what mux does not keep, which are empty. mux clients
 * have no names, so -t names a session.
 */
final class ShowMessagesCommand {
    static final Command COMMAND = new Command(new CommandSpec("show-messages", "showmsgs", "JTt:", 0, 0,
            "[-JT] [-t target-client]").target(TargetKind.SESSION, TargetPolicy.OPTIONAL), ShowMessagesCommand::run);

    private static CommandResult run(CommandContext context, ParsedArgs args) throws CommandException {
        Target target = args.target();
        if (context.clients().describe(target == null ? null : target.session()).isEmpty()) {
            throw new CommandException("no current client");
        }
        if (args.has('J') || args.has('T')) return CommandResult.DONE;
        Instant now = Instant.now();
        for (MessageLog.Entry entry : context.clients().messages().newestFirst()) {
            context.out().print(prettyTime(entry.time(), now) + ": " + entry.text());
        }
        return CommandResult.DONE;
    }

    /** tmux's format_pretty_time: the time of day within a day, else the weekday and day, else day and month. */
    static String prettyTime(Instant time, Instant now) {
        ZoneId zone = ZoneId.systemDefault();
        LocalDateTime then = LocalDateTime.ofInstant(time, zone);
        LocalDateTime today = LocalDateTime.ofInstant(now, zone);
        Duration age = time.isAfter(now) ? Duration.ZERO : Duration.between(time, now);
        String pattern;
        if (age.toHours() < 24) {
            pattern = "HH:mm";
        } else if ((then.getYear() == today.getYear() && then.getMonth() == today.getMonth()) || age.toDays() < 28) {
            pattern = "EEEdd";
        } else if ((then.getYear() == today.getYear() && then.getMonthValue() < today.getMonthValue())
                || (then.getYear() == today.getYear() - 1 && then.getMonthValue() > today.getMonthValue())) {
            pattern = "ddMMM";
        } else {
            pattern = "MMMyy";
        }
        return then.format(DateTimeFormatter.ofPattern(pattern, Locale.ROOT));
    }
}
