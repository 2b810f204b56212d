package org.fleetledger.command.inventory;

import org.fleetledger.command.api.InvalidReferenceException;
import org.fleetledger.events.project.ProjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InventoryRulesTest {

    private static final ProjectId PROJECT = new ProjectId(UUID.randomUUID());
    private static final ProjectId OTHER_PROJECT = new ProjectId(UUID.randomUUID());

    /** The directory, counting what is looked up in it. */
    private final List<String> lookups = new ArrayList<>();
    private final InMemoryInventoryDirectory directory = new InMemoryInventoryDirectory() {
        @Override
        public Optional<InventoryNode> find(NodeKind kind, long id) {
            lookups.add(kind + " " + id);
            return super.find(kind, id);
        }
    };

    @BeforeEach
    void tree() {
        directory.add(InventoryNode.cloud(1, PROJECT));
        directory.add(InventoryNode.region(2, PROJECT, 1));
        directory.add(InventoryNode.cell(3, PROJECT, 1, 2));
        directory.add(InventoryNode.cloud(4, PROJECT));
        directory.add(InventoryNode.region(5, PROJECT, 4));
        directory.add(InventoryNode.cloud(6, OTHER_PROJECT));
        directory.add(InventoryNode.region(7, OTHER_PROJECT, 6));
        directory.add(InventoryNode.cell(8, OTHER_PROJECT, 6, 7));
    }

    @Test
    void placesInACellByLookingUpTheCellAlone() {
        InventoryRules.requirePlacement(directory, PROJECT, 1, 2, 3L);

        assertThat(lookups).containsExactly("CELL 3");
    }

    @Test
    void placesInARegionByLookingUpTheRegionAlone() {
        InventoryRules.requirePlacement(directory, PROJECT, 1, 2, null);

        assertThat(lookups).containsExactly("REGION 2");
    }

    @Test
    void namesTheRegionOfAnotherCloud() {
        assertThatThrownBy(() -> InventoryRules.requirePlacement(directory, PROJECT, 4, 2, 3L))
                .isInstanceOf(InvalidReferenceException.class)
                .hasMessageContaining("region 2 is not in cloud 4");
    }

    @Test
    void namesTheCellOfAnotherRegion() {
        assertThatThrownBy(() -> InventoryRules.requirePlacement(directory, PROJECT, 4, 5, 3L))
                .isInstanceOf(InvalidReferenceException.class)
                .hasMessageContaining("cell 3 is not in region 5");
    }

    @Test
    void namesAMissingCloudBeforeItsRegion() {
        assertThatThrownBy(() -> InventoryRules.requirePlacement(directory, PROJECT, 99, 2, 3L))
                .isInstanceOf(InvalidReferenceException.class)
                .hasMessageContaining("there is no cloud 99 in this project");
    }

    @Test
    void refusesAPlaceOfAnotherProject() {
        assertThatThrownBy(() -> InventoryRules.requirePlacement(directory, PROJECT, 6, 7, 8L))
                .isInstanceOf(InvalidReferenceException.class)
                .hasMessageContaining("there is no cloud 6 in this project");
        assertThatThrownBy(() -> InventoryRules.requirePlacement(directory, PROJECT, 1, 2, 8L))
                .isInstanceOf(InvalidReferenceException.class)
                .hasMessageContaining("there is no cell 8 in this project");
    }
}
