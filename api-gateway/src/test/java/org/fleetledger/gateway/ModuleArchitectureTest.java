package org.fleetledger.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module rules, checked over every class of the application. */
@AnalyzeClasses(packages = "org.fleetledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArchitectureTest {

    @ArchTest
    static final ArchRule eventsDependOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.fleetledger.events..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.fleetledger.command..", "org.fleetledger.query..", "org.fleetledger.gateway..");

    @ArchTest
    static final ArchRule brokerDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.fleetledger.broker..")
            .should().dependOnClassesThat().resideInAnyPackage("org.fleetledger.events..",
                    "org.fleetledger.command..", "org.fleetledger.query..", "org.fleetledger.gateway..");

    @ArchTest
    static final ArchRule commandSideNeverImportsQuerySide = noClasses()
            .that().resideInAPackage("org.fleetledger.command..")
            .should().dependOnClassesThat().resideInAnyPackage("org.fleetledger.query..", "org.fleetledger.gateway..");

    @ArchTest
    static final ArchRule querySideNeverImportsCommandSide = noClasses()
            .that().resideInAPackage("org.fleetledger.query..")
            .should().dependOnClassesThat().resideInAnyPackage("org.fleetledger.command..", "org.fleetledger.gateway..");

    @ArchTest
    static final ArchRule gatewayNeverTouchesGeneratedJooqClasses = noClasses()
            .that().resideInAPackage("org.fleetledger.gateway..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.fleetledger.command.jooq..", "org.fleetledger.query.jooq..", "org.jooq..");
}
