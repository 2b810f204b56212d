package org.fleetledger.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "org.fleetledger.query", importOptions = ImportOption.DoNotIncludeTests.class)
class QuerySideArchitectureTest {

    @ArchTest
    static final ArchRule neverImportsTheCommandSideOrTheGateway = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.fleetledger.command..", "org.fleetledger.gateway..");

    @ArchTest
    static final ArchRule projectionsNeverSendCommands = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.axonframework.commandhandling..");
}
