package org.fleetledger.events.upcasting;

import org.fleetledger.events.project.ProjectCreated;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The first stored shape of {@link ProjectCreated}, frozen in its snapshot, reads as revision 2. */
class ProjectCreatedUpcasterTest {

    @Test
    void readsTheFirstShapeAsAProjectThatRequiresNoNotes() throws IOException {
        String firstShape;
        try (InputStream in = getClass().getResourceAsStream("/event-json/ProjectCreated.json")) {
            firstShape = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        assertThat(firstShape).doesNotContain("requireChangeNote");

        ProjectCreated read = JsonMapper.builder().build()
                .readValue(new ProjectCreatedUpcaster().revise(firstShape), ProjectCreated.class);

        assertThat(read.name()).isEqualTo("bootstrap");
        assertThat(read.projectId().text()).isEqualTo("b9f10eca-66ac-4c27-9c13-9d01e65f96b4");
        assertThat(read.requireChangeNote()).isFalse();
    }
}
