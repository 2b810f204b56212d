package org.fleetledger.events.upcasting;

import org.fleetledger.events.cell.CellCreated;
import org.fleetledger.events.cloud.CloudCreated;
import org.fleetledger.events.device.HostCreated;
import org.fleetledger.events.device.NetworkDeviceCreated;
import org.fleetledger.events.network.NetworkCreated;
import org.fleetledger.events.network.NetworkInterfaceCreated;
import org.fleetledger.events.region.RegionCreated;
import org.fleetledger.events.variables.SetsVariablesOnCreation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The first stored shapes of the creations that now carry variables, frozen in their snapshots, read as revision 2. */
class CreationVariablesUpcasterTest {

    @ParameterizedTest
    @ValueSource(classes = {CloudCreated.class, RegionCreated.class, CellCreated.class, HostCreated.class,
            NetworkDeviceCreated.class, NetworkCreated.class, NetworkInterfaceCreated.class})
    void readsTheFirstShapeAsACreationWithoutVariables(Class<? extends SetsVariablesOnCreation> creation)
            throws IOException {
        String firstShape;
        try (InputStream in = getClass().getResourceAsStream("/event-json/" + creation.getSimpleName() + ".json")) {
            firstShape = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        assertThat(firstShape).doesNotContain("variables");

        SetsVariablesOnCreation read = JsonMapper.builder().build()
                .readValue(new CreationVariablesUpcaster(creation).revise(firstShape), creation);

        assertThat(read.variablesSet()).isEmpty();
        assertThat(read.toString()).contains("name=", "variables={}");
    }
}
