package org.fleetledger.gateway.device;

import org.fleetledger.gateway.http.VariablesBody;
import org.fleetledger.query.device.DeviceView;
import org.fleetledger.query.variables.ProvenanceQueries;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /v1/{hosts|network-devices}/{id}/variables}: the device's variables, resolved or its own,
 * and with {@code explain} their provenance.
 */
@Component
class DeviceVariablesExplainer {

    private final DeviceRepresentation representation;
    private final ProvenanceQueries provenance;

    DeviceVariablesExplainer(DeviceRepresentation representation, ProvenanceQueries provenance) {
        this.representation = representation;
        this.provenance = provenance;
    }

    Object variables(DeviceView device, boolean resolved, boolean explain) {
        var values = representation.variables(device, resolved);
        if (!explain) {
            return new VariablesBody(values);
        }
        Map<String, ProvenanceBody> explained = new LinkedHashMap<>();
        provenance.ofDevice(device.id(), resolved)
                .forEach((key, origin) -> explained.put(key, ProvenanceBody.of(origin)));
        return new ExplainedVariablesBody(values, explained);
    }
}
