package org.fleetledger.events.device;

import org.axonframework.serialization.Revision;
import org.fleetledger.events.cell.CellId;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.region.RegionId;
import org.fleetledger.events.variables.VariablesSet;

import java.util.Map;

/**
 * A host was created, with its first own variables. {@code cellId}, {@code parentId} and {@code note}
 * may be null.
 *
 * <p>Revision 2 added {@code variables} (ADR 0062): until then a host's first variables followed its
 * creation as a {@link VariablesSet}. Events stored without a revision read with no variables through
 * {@code CreationVariablesUpcaster}.
 */
@Revision("2")
public record HostCreated(DeviceId deviceId, ProjectId projectId, CloudId cloudId, RegionId regionId, CellId cellId,
                          DeviceId parentId, String name, String ipAddress, String deviceType, boolean active,
                          String note, Map<String, Object> variables) implements DeviceCreation {
}
