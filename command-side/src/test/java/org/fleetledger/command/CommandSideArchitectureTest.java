package org.fleetledger.command;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.modelling.command.AggregateIdentifier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "org.fleetledger.command", importOptions = ImportOption.DoNotIncludeTests.class)
class CommandSideArchitectureTest {

    @ArchTest
    static final ArchRule neverReadsTheQuerySideOrTheGateway = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.fleetledger.query..", "org.fleetledger.gateway..");

    @ArchTest
    static final ArchRule aggregatesImportNoSpring = noClasses()
            .that().containAnyFieldsThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "are aggregate identifiers", field -> field.isAnnotatedWith(AggregateIdentifier.class)))
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jooq..");

    @ArchTest
    static final ArchRule apiHoldsOnlyMessagesAndRejections = noClasses()
            .that().resideInAPackage("org.fleetledger.command.api")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jooq..");
}
