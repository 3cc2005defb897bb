package dev.mux.e2e;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test class that runs in one real systemd sandbox, booted once before its tests and shut down
 * after them; skipped, saying why, only where the sandbox cannot boot at all (not root).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InSandbox {
    protected Sandbox sandbox;

    /** Boots the sandbox with the settings this class needs. */
    abstract Sandbox boot(Path scratch);

    @BeforeAll
    void bootSandbox(@TempDir Path bootScratch) {
        Optional<String> why = Sandbox.whyUnavailable();
        Assumptions.assumeTrue(why.isEmpty(), () -> "skipped: " + why.get());
        sandbox = boot(bootScratch);
    }

    @AfterAll
    void shutDownSandbox() {
        if (sandbox != null) sandbox.close();
    }
}
