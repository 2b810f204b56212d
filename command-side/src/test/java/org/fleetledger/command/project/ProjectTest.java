package org.fleetledger.command.project;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fleetledger.command.api.ChangeProjectSettingsCommand;
import org.fleetledger.command.api.CreateProjectCommand;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.command.api.ResourceNotFoundException;
import org.fleetledger.events.project.ProjectCreated;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.project.ProjectSettingsChanged;
import org.junit.jupiter.api.Test;

import java.util.Map;

class ProjectTest {

    private static final ProjectId ID = ProjectId.random();

    @Test
    void createsProject() {
        new AggregateTestFixture<>(Project.class)
                .givenNoPriorActivity()
                .when(new CreateProjectCommand(ID, "bootstrap", false, Map.of()))
                .expectEvents(new ProjectCreated(ID, "bootstrap", false));
    }

    @Test
    void rejectsCreatingAProjectTwice() {
        new AggregateTestFixture<>(Project.class)
                .given(new ProjectCreated(ID, "bootstrap", false))
                .when(new CreateProjectCommand(ID, "again", false, Map.of()))
                .expectException(Exception.class);
    }

    @Test
    void recordsASettingsChangeOnlyWhenTheSettingsChange() {
        new AggregateTestFixture<>(Project.class)
                .given(new ProjectCreated(ID, "p", false))
                .when(new ChangeProjectSettingsCommand(ID, ProjectScope.only(ID), true))
                .expectEvents(new ProjectSettingsChanged(ID, true));
        new AggregateTestFixture<>(Project.class)
                .given(new ProjectCreated(ID, "p", false), new ProjectSettingsChanged(ID, true))
                .when(new ChangeProjectSettingsCommand(ID, ProjectScope.only(ID), true))
                .expectNoEvents();
    }

    @Test
    void hidesItsSettingsFromOtherProjects() {
        new AggregateTestFixture<>(Project.class)
                .given(new ProjectCreated(ID, "p", false))
                .when(new ChangeProjectSettingsCommand(ID, ProjectScope.only(ProjectId.random()), true))
                .expectException(ResourceNotFoundException.class);
    }
}
