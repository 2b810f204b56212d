package org.fleetledger.events.cloud;

import org.axonframework.serialization.Revision;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.SetsVariablesOnCreation;
import org.fleetledger.events.variables.VariableOwner;
import org.fleetledger.events.variables.VariablesSet;

import java.util.Map;

/**
 * A cloud was created, with its first own variables. {@code note} may be null.
 *
 * <p>Revision 2 added {@code variables} (ADR 0063): until then its first variables followed its creation
 * as a {@link VariablesSet}. Events stored without a revision read with no variables through
 * {@code CreationVariablesUpcaster}.
 */
@Revision("2")
public record CloudCreated(CloudId cloudId, ProjectId projectId, String name, String note,
                           Map<String, Object> variables) implements CloudEvent, SetsVariablesOnCreation {

    @Override
    public VariableOwner owner() {
        return new VariableOwner(OwnerType.CLOUD, Long.toString(cloudId.value()));
    }
}
