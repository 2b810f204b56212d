package org.fleetledger.command.label;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fleetledger.command.api.DeleteLabelVariablesCommand;
import org.fleetledger.command.api.SetLabelVariablesCommand;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableOwner;
import org.fleetledger.events.variables.VariablesDeleted;
import org.fleetledger.events.variables.VariablesSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

class LabelScopeTest {

    private static final ProjectId PROJECT = ProjectId.random();
    private static final VariableOwner GPU = new VariableOwner(OwnerType.LABEL, PROJECT.text() + ":gpu");

    private AggregateTestFixture<LabelScope> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LabelScope.class);
    }

    @Test
    void setsVariablesOnALabelNoOneSetBefore() {
        fixture.givenNoPriorActivity()
                .when(new SetLabelVariablesCommand(PROJECT, "gpu", Map.of("driver", "550")))
                .expectEvents(new VariablesSet(GPU, PROJECT, Map.of("driver", "550")));
    }

    @Test
    void deletesKeysOfALabelWithVariables() {
        fixture.given(new VariablesSet(GPU, PROJECT, Map.of("driver", "550")))
                .when(new DeleteLabelVariablesCommand(PROJECT, "gpu", List.of("driver")))
                .expectEvents(new VariablesDeleted(GPU, PROJECT, List.of("driver")));
    }

    @Test
    void recordsNothingForAnEmptyChange() {
        fixture.givenNoPriorActivity()
                .when(new SetLabelVariablesCommand(PROJECT, "gpu", Map.of()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
