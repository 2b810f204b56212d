package org.fleetledger.gateway.device;

import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.gateway.http.VariablesBody;
import org.fleetledger.query.device.DeviceView;
import org.fleetledger.query.variables.ProvenanceQueries;
import org.fleetledger.query.variables.VariableQueries;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /v1/{hosts|network-devices}/{id}/variables}: the device's variables, resolved or its own,
 * and with {@code explain} their provenance.
 */
@Component
class DeviceVariablesExplainer {

    private final VariableQueries variables;
    private final ProvenanceQueries provenance;

    DeviceVariablesExplainer(VariableQueries variables, ProvenanceQueries provenance) {
        this.variables = variables;
        this.provenance = provenance;
    }

    Object variables(DeviceView device, boolean resolved, boolean explain) {
        var values = resolved
                ? variables.resolved(OwnerType.DEVICE, device.id())
                : variables.own(OwnerType.DEVICE, Long.toString(device.id()));
        if (!explain) {
            return new VariablesBody(values);
        }
        Map<String, ProvenanceBody> explained = new LinkedHashMap<>();
        provenance.ofDevice(device.id(), resolved)
                .forEach((key, origin) -> explained.put(key, ProvenanceBody.of(origin)));
        return new ExplainedVariablesBody(values, explained);
    }
}
