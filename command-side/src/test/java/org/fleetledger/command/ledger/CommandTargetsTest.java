package org.fleetledger.command.ledger;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.fleetledger.command.api.CreateHostCommand;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.device.DeviceId;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link CommandTargets} finds what Axon's annotation-based resolver finds, and refuses what it refuses. */
class CommandTargetsTest {

    private static final AnnotationCommandTargetResolver AXON = AnnotationCommandTargetResolver.builder().build();

    record ByComponent(@TargetAggregateIdentifier String id, int other) {
    }

    record ByMethod(long number) {
        @TargetAggregateIdentifier
        public RegionId target() {
            return new RegionId(number);
        }
    }

    static class Versioned {
        @TargetAggregateIdentifier
        private final String id = "versioned";
        @TargetAggregateVersion
        private final long version = 3;
    }

    static class Inherited extends Versioned {
        private final String unrelated = "x";
    }

    record Unmarked(String id) {
    }

    @Test
    void resolvesAsAxonDoes() {
        List<Object> commands = List.of(
                new CreateHostCommand(new DeviceId(5), ProjectId.random(), new CloudId(1), new RegionId(2), null, null,
                        "h", "10.0.0.5", "server", true, null, List.of(), Map.of()),
                new ByComponent("component", 1), new ByMethod(42), new Versioned(), new Inherited(),
                new ByComponent("again", 2));
        for (Object command : commands) {
            var message = GenericCommandMessage.asCommandMessage(command);
            VersionedAggregateIdentifier ours = CommandTargets.INSTANCE.resolveTarget(message);
            VersionedAggregateIdentifier axon = AXON.resolveTarget(message);
            assertThat(ours.getIdentifier()).as(command.toString()).isEqualTo(axon.getIdentifier());
            assertThat(ours.getVersion()).as(command.toString()).isEqualTo(axon.getVersion());
        }
        assertThat(CommandTargets.INSTANCE.resolveTarget(GenericCommandMessage.asCommandMessage(new ByMethod(42)))
                .getIdentifier()).isEqualTo(new RegionId(42).toString());
        assertThat(CommandTargets.INSTANCE.resolveTarget(GenericCommandMessage.asCommandMessage(new Inherited()))
                .getVersion()).isEqualTo(3L);
    }

    @Test
    void refusesACommandWithoutATargetAsAxonDoes() {
        for (Object command : List.of(new Unmarked("id"), new ByComponent(null, 1))) {
            var message = GenericCommandMessage.asCommandMessage(command);
            assertThatThrownBy(() -> AXON.resolveTarget(message)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CommandTargets.INSTANCE.resolveTarget(message))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("@TargetAggregateIdentifier");
        }
    }
}
