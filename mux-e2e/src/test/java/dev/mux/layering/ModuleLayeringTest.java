package dev.mux.layering;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The arrows between mux's modules (docs/ARCHITECTURE.md, Layering rules), checked on the main
 * classes of every module: a class that imports against them fails the build, naming both ends.
 * Modules are told apart by their packages, one root package each.
 */
@AnalyzeClasses(packages = "dev.mux", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleLayeringTest {
    private static final String PROTOCOL = "mux-protocol";
    private static final String PLATFORM = "mux-platform";
    private static final String SCOPE_REGISTRAR = "scope-registrar";
    private static final String SERVER = "mux-server";
    private static final String CLIENT = "mux-client";

    @ArchTest
    static final ArchRule modulesDependOnlyAlongTheirArrows = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer(PROTOCOL).definedBy("dev.mux.protocol..")
            .layer(PLATFORM).definedBy("dev.mux.platform..")
            .layer(SCOPE_REGISTRAR).definedBy("dev.mux.scope..")
            .layer(SERVER).definedBy("dev.mux.server..")
            .layer(CLIENT).definedBy("dev.mux.client..")
            .whereLayer(PROTOCOL).mayNotAccessAnyLayer()
            .whereLayer(PLATFORM).mayNotAccessAnyLayer()
            .whereLayer(SCOPE_REGISTRAR).mayOnlyAccessLayers(PLATFORM)
            .whereLayer(SERVER).mayOnlyAccessLayers(PROTOCOL, SCOPE_REGISTRAR, PLATFORM)
            .whereLayer(CLIENT).mayOnlyAccessLayers(PROTOCOL, PLATFORM)
            .whereLayer(SERVER).mayNotBeAccessedByAnyLayer()
            .whereLayer(CLIENT).mayNotBeAccessedByAnyLayer();

    @ArchTest
    static final ArchRule onlyThePlatformsLibcBindsNativeCode = noClasses()
            .that().resideOutsideOfPackage("dev.mux.platform.libc..")
            .should().dependOnClassesThat().resideInAPackage("com.sun.jna..")
            .because("libc is reached in one place (dev.mux.platform.libc.Libc)");

    /** bin/mux starts the client for every command: loading JNA would cost each `mux ls` its start-up. */
    @ArchTest
    static final ArchRule theClientNeverReachesLibc = noClasses()
            .that().resideInAPackage("dev.mux.client..")
            .should().transitivelyDependOnClassesThat().resideInAnyPackage("dev.mux.platform.libc..", "com.sun.jna..")
            .because("the client has no JNA on its class path, and must not pay for loading it");

    @ArchTest
    static final ArchRule onlyThePlatformReflectsIntoTheJdk = noClasses()
            .that().resideOutsideOfPackage("dev.mux.platform.jdk..")
            .should().callMethodWhere(target(name("setAccessible")))
            .because("the JDK's internals are reached in one place (dev.mux.platform.jdk), with a fallback or a clear error");
}
