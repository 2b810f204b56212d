package org.fleetledger.command.schema;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fleetledger.command.api.DeleteVariableSchemaCommand;
import org.fleetledger.command.api.SetVariableSchemaCommand;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.variables.VariableSchemaDeleted;
import org.fleetledger.events.variables.VariableSchemaSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VariableSchemaTest {

    private static final ProjectId PROJECT = ProjectId.random();
    private static final String SCHEMA = "{\"type\":\"integer\"}";

    private AggregateTestFixture<VariableSchema> fixture;
    private final Map<String, String> stored = new HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(VariableSchema.class);
        fixture.registerInjectableResource(new VariableSchemas() {
            @Override
            public void put(ProjectId project, String key, String schema) {
                stored.put(key, schema);
            }

            @Override
            public void remove(ProjectId project, String key) {
                stored.remove(key);
            }

            @Override
            public Map<String, String> of(ProjectId project, Collection<String> keys) {
                return stored;
            }
        });
    }

    @Test
    void setsTheFirstSchemaOfAKey() {
        fixture.givenNoPriorActivity()
                .when(new SetVariableSchemaCommand(PROJECT, "tier", SCHEMA))
                .expectEvents(new VariableSchemaSet(PROJECT, "tier", SCHEMA));
        assertThat(stored).containsEntry("tier", SCHEMA);
    }

    @Test
    void recordsNothingForTheSameSchema() {
        fixture.given(new VariableSchemaSet(PROJECT, "tier", SCHEMA))
                .when(new SetVariableSchemaCommand(PROJECT, "tier", SCHEMA))
                .expectNoEvents();
    }

    @Test
    void deletesASchema() {
        fixture.given(new VariableSchemaSet(PROJECT, "tier", SCHEMA))
                .when(new DeleteVariableSchemaCommand(PROJECT, "tier"))
                .expectEvents(new VariableSchemaDeleted(PROJECT, "tier"));
    }

    @Test
    void rejectsDeletingAKeyWithoutSchema() {
        fixture.givenNoPriorActivity()
                .when(new DeleteVariableSchemaCommand(PROJECT, "tier"))
                .expectException(AggregateNotFoundException.class);
    }
}
