package dev.mux.layering;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The server's packages import each other without a loop (docs/ARCHITECTURE.md, Layering rules):
 * each can be read, tested and changed knowing only the packages below it. A class that closes a
 * loop fails the build, naming every import on it.
 */
@AnalyzeClasses(packages = "dev.mux.server", importOptions = ImportOption.DoNotIncludeTests.class)
class ServerPackageCyclesTest {
    @ArchTest
    static final ArchRule serverPackagesAreFreeOfCycles = slices()
            .matching("dev.mux.server.(*)..")
            .should().beFreeOfCycles();

    /** The root package wires the others together; nothing below may reach back up to it. */
    @ArchTest
    static final ArchRule noPackageReachesBackToTheServerRoot = noClasses().that().resideInAPackage("dev.mux.server.*..")
            .should().dependOnClassesThat().resideInAPackage("dev.mux.server");
}
