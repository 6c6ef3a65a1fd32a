package io.mdecomp.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;


import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture rules Maven cannot enforce (HOUSE-STYLE): only the command line talks to the
 * user, exits or reads the environment; library modules never depend on it; no package cycles.
 * Imports every {@code io.mdecomp} class on the cli's classpath, i.e. all modules.
 */
@AnalyzeClasses(packages = "io.mdecomp", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheCommandLineUsesStandardStreamsExitOrEnvironment = noClasses()
            .that().resideOutsideOfPackage("io.mdecomp.cli..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().accessField(System.class, "in")
            .orShould().callMethod(System.class, "exit", int.class)
            .orShould().callMethod(System.class, "getenv")
            .orShould().callMethod(System.class, "getenv", String.class)
            .orShould().callMethod(Throwable.class, "printStackTrace")
            .because("library modules return values or throw; only the command line prints, exits or "
                    + "reads the environment");

    @ArchTest
    static final ArchRule onlyMainTouchesTheProcess = noClasses()
            .that().resideInAPackage("io.mdecomp.cli..").and().doNotHaveFullyQualifiedName(Main.class.getName())
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(System.class, "exit", int.class)
            .orShould().callMethod(System.class, "getenv")
            .orShould().callMethod(System.class, "getenv", String.class)
            .because("commands write to the writers and read the environment they are handed, so tests "
                    + "can pass their own");

    @ArchTest
    static final ArchRule picocliOnlyInTheCommandLine = noClasses()
            .that().resideOutsideOfPackage("io.mdecomp.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule javaParserOnlyWhereJavaIsSummarised = noClasses()
            .that().resideOutsideOfPackage("io.mdecomp.importer.java.code..")
            .should().dependOnClassesThat().resideInAPackage("com.github.javaparser..")
            .because("the importer keeps small summaries of the sources and drops the syntax trees; the rest of"
                    + " it, and the other modules, never see JavaParser (so it loads only for import java)");

    @ArchTest
    static final ArchRule librariesDoNotDependOnTheCommandLine = noClasses()
            .that().resideOutsideOfPackage("io.mdecomp.cli..")
            .should().dependOnClassesThat().resideInAPackage("io.mdecomp.cli..");

    @ArchTest
    static final ArchRule modulesAreFreeOfCycles = slices().matching("io.mdecomp.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("io.mdecomp.(*).(*)..")
            .should().beFreeOfCycles();
}
