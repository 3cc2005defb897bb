package dev.mux.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mux.scope.Placement.Outcome;
import dev.mux.scope.SurvivalVerdict.Answer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdict table: where the server is, times logind's policy for the user. */
class SurvivalVerdictTest {
    private static final Placement OWN_SCOPE = new Placement(Outcome.MOVED, "mux-server-default-7.scope",
            "/user.slice/user-1000.slice/user@1000.service/app.slice/mux-server-default-7.scope", "");
    private static final Placement IN_SESSION = new Placement(Outcome.NO_USER_BUS, "mux-server-default-7.scope",
            "/user.slice/user-1000.slice/session-2.scope", "no user bus");
    private static final Placement STAYED = Placement.notNeeded("mux-server-default-7.scope",
            "/user.slice/user-1000.slice/session-2.scope", "KillUserProcesses does not apply");

    @Test
    void ownScopeWithLingerSurvives() {
        SurvivalVerdict verdict = SurvivalVerdict.of(OWN_SCOPE, logind(true, List.of(), List.of(), true), "ann");
        assertEquals(Answer.YES, verdict.answer());
        assertNull(verdict.fix());
    }

    @Test
    void ownScopeWithoutLingerDiesWithTheUserManagerAndNamesTheFix() {
        SurvivalVerdict verdict = SurvivalVerdict.of(OWN_SCOPE, logind(false, List.of(), List.of(), false), "ann");
        assertEquals(Answer.NO, verdict.answer());
        assertEquals("loginctl enable-linger ann", verdict.fix());
        assertTrue(verdict.because().contains("linger is off"), verdict.because());
    }

    @Test
    void inTheSessionScopeDiesWhenKillUserProcessesApplies() {
        SurvivalVerdict verdict = SurvivalVerdict.of(IN_SESSION, logind(true, List.of(), List.of(), true), "ann");
        assertEquals(Answer.NO, verdict.answer());
        assertTrue(verdict.because().contains("KillUserProcesses=yes applies to ann"), verdict.because());
    }

    @Test
    void excludedOrUnlistedUsersKeepTheirSessionProcesses() {
        assertEquals(Answer.YES, SurvivalVerdict.of(IN_SESSION, logind(true, List.of(), List.of("ann"), false), "ann").answer());
        assertEquals(Answer.YES, SurvivalVerdict.of(IN_SESSION, logind(true, List.of("bob"), List.of(), false), "ann").answer());
        assertEquals(Answer.NO, SurvivalVerdict.of(IN_SESSION, logind(true, List.of("ann"), List.of(), false), "ann").answer());
    }

    @Test
    void leftInTheSessionOnPurposeSurvivesWhileKillUserProcessesDoesNotApply() {
        SurvivalVerdict verdict = SurvivalVerdict.of(STAYED, logind(false, List.of(), List.of(), false), "ann");
        assertEquals(Answer.YES, verdict.answer());
        assertEquals("it is in session-2.scope, where it stayed on purpose, and KillUserProcesses does not apply to ann:"
                + " logind leaves a session's processes running at logout", verdict.because());
    }

    @Test
    void leftInTheSessionOnPurposeButKillUserProcessesAppliesNowNamesARestart() {
        SurvivalVerdict verdict = SurvivalVerdict.of(STAYED, logind(true, List.of(), List.of(), false), "ann");
        assertEquals(Answer.NO, verdict.answer());
        assertTrue(verdict.fix().startsWith("mux kill-server and start mux again"), verdict.fix());
    }

    @Test
    void aServiceOfTheUserManagerDependsOnLingerLikeAScope() {
        Placement service = new Placement(Outcome.NOT_NEEDED, "mux-server-default-7.scope",
                "/user.slice/user-1000.slice/user@1000.service/app.slice/mux.service", "not moved on purpose: ...");
        assertEquals(Answer.NO, SurvivalVerdict.of(service, logind(false, List.of(), List.of(), false), "ann").answer());
        assertEquals(Answer.YES, SurvivalVerdict.of(service, logind(true, List.of(), List.of(), true), "ann").answer());
    }

    @Test
    void withoutLogindTheAnswerIsUnknownAndSaysWhy() {
        SurvivalVerdict verdict = SurvivalVerdict.of(IN_SESSION, LogindSettings.unreachable("no system bus"), "ann");
        assertEquals(Answer.UNKNOWN, verdict.answer());
        assertTrue(verdict.sentence().startsWith("survives logout: unknown, because no system bus"), verdict.sentence());
    }

    private static LogindSettings logind(boolean kill, List<String> only, List<String> exclude, boolean linger) {
        return new LogindSettings(true, kill, only, exclude, linger, "");
    }
}
