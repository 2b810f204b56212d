package org.fleetledger.events.region;

import org.axonframework.serialization.Revision;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.SetsVariablesOnCreation;
import org.fleetledger.events.variables.VariableOwner;
import org.fleetledger.events.variables.VariablesSet;

import java.util.Map;

/**
 * A region was created in a cloud, with its first own variables. {@code note} may be null.
 *
 * <p>Revision 2 added {@code variables} (ADR 0063): until then its first variables followed its creation
 * as a {@link VariablesSet}. Events stored without a revision read with no variables through
 * {@code CreationVariablesUpcaster}.
 */
@Revision("2")
public record RegionCreated(RegionId regionId, ProjectId projectId, CloudId cloudId, String name, String note,
                            Map<String, Object> variables) implements RegionEvent, SetsVariablesOnCreation {

    @Override
    public VariableOwner owner() {
        return new VariableOwner(OwnerType.REGION, Long.toString(regionId.value()));
    }
}
