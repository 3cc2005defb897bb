package dev.mux.server.stop;

import dev.mux.server.options.Options;
import dev.mux.server.options.StandardOptions;
import java.time.Duration;

/**
 * systemd.kill(5)'s settings for one pane's stop, read from the session's options.
 *
 * @param killSignal the first signal; with {@code viaHangup} it is SIGHUP delivered by hanging the
 *                   terminal up (option value {@code hangup}), as a closing terminal delivers it
 * @param sendSighup also send SIGHUP right after the kill signal (systemd's SendSIGHUP=)
 * @param sendSigkill send the final kill signal to what is left at the timeout (SendSIGKILL=)
 */
public record StopSettings(KillMode killMode, UnixSignal killSignal, boolean viaHangup, boolean sendSighup,
                           boolean sendSigkill, UnixSignal finalKillSignal, Duration timeout) {

    /** The settings in {@code options}: a session's (or, for none, the global session options). */
    public static StopSettings from(Options options) {
        String killSignal = options.string("kill-signal");
        boolean hangup = killSignal.equals(StandardOptions.HANGUP);
        return new StopSettings(
                KillMode.of(options.string("kill-mode")),
                hangup ? UnixSignal.SIGHUP : UnixSignal.valueOf(killSignal),
                hangup,
                options.flag("send-sighup"),
                options.flag("send-sigkill"),
                UnixSignal.valueOf(options.string("final-kill-signal")),
                Duration.ofSeconds(options.number("timeout-stop-sec")));
    }

    /** How the report names the kill signal: {@code hangup} or the signal's name. */
    public String killSignalName() {
        return viaHangup ? StandardOptions.HANGUP : killSignal.name();
    }
}
