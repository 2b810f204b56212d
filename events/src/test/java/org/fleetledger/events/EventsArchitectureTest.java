package org.fleetledger.events;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "org.fleetledger.events", importOptions = ImportOption.DoNotIncludeTests.class)
class EventsArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnNothingOfOurs = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.fleetledger.command..", "org.fleetledger.query..", "org.fleetledger.gateway..");

    @ArchTest
    static final ArchRule knowsNoSpringJooqOrKafka = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.jooq..", "org.apache.kafka..");

    @ArchTest
    static final ArchRule eventsAreImmutableRecordsOrEnums = classes()
            .that().resideOutsideOfPackage("org.fleetledger.events")
            .and().resideOutsideOfPackage("org.fleetledger.events.upcasting")
            .and().areNotInterfaces()
            .should(com.tngtech.archunit.lang.conditions.ArchConditions.beRecords()
                    .or(com.tngtech.archunit.lang.conditions.ArchConditions.beEnums()));
}
