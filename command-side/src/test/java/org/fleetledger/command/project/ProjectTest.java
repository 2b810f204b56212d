package org.fleetledger.command.project;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fleetledger.command.api.CreateProjectCommand;
import org.fleetledger.events.project.ProjectCreated;
import org.fleetledger.events.project.ProjectId;
import org.junit.jupiter.api.Test;

import java.util.Map;

class ProjectTest {

    private static final ProjectId ID = ProjectId.random();

    @Test
    void createsProject() {
        new AggregateTestFixture<>(Project.class)
                .givenNoPriorActivity()
                .when(new CreateProjectCommand(ID, "bootstrap", Map.of()))
                .expectEvents(new ProjectCreated(ID, "bootstrap"));
    }

    @Test
    void rejectsCreatingAProjectTwice() {
        new AggregateTestFixture<>(Project.class)
                .given(new ProjectCreated(ID, "bootstrap"))
                .when(new CreateProjectCommand(ID, "again", Map.of()))
                .expectException(Exception.class);
    }
}
