package dev.mux.server.stop;

import dev.mux.server.model.Session;
import dev.mux.server.options.OptionStore;
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

    public static StopSettings from(OptionStore options, Session session) {
        String killSignal = options.choice("kill-signal", session);
        boolean hangup = killSignal.equals(StandardOptions.HANGUP);
        return new StopSettings(
                KillMode.of(options.choice("kill-mode", session)),
                hangup ? UnixSignal.SIGHUP : UnixSignal.valueOf(killSignal),
                hangup,
                options.flag("send-sighup", session),
                options.flag("send-sigkill", session),
                UnixSignal.valueOf(options.choice("final-kill-signal", session)),
                Duration.ofSeconds(options.number("timeout-stop-sec", session)));
    }

    /** How the report names the kill signal: {@code hangup} or the signal's name. */
    public String killSignalName() {
        return viaHangup ? StandardOptions.HANGUP : killSignal.name();
    }
}
