package org.fleetledger.events.upcasting;

import org.fleetledger.events.device.HostCreated;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The first stored shape of {@link HostCreated}, frozen in its snapshot, reads as revision 2. */
class HostCreatedUpcasterTest {

    @Test
    void readsTheFirstShapeAsAHostCreatedWithoutVariables() throws IOException {
        String firstShape;
        try (InputStream in = getClass().getResourceAsStream("/event-json/HostCreated.json")) {
            firstShape = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        assertThat(firstShape).doesNotContain("variables");

        HostCreated read = JsonMapper.builder().build()
                .readValue(new HostCreatedUpcaster().revise(firstShape), HostCreated.class);

        assertThat(read.name()).isEqualTo("host-1");
        assertThat(read.deviceId().value()).isEqualTo(21);
        assertThat(read.variables()).isEmpty();
        assertThat(read.variablesSet()).isEmpty();
    }
}
