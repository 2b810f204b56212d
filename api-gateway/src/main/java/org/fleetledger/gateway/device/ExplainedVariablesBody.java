package org.fleetledger.gateway.device;


import java.util.Map;
import org.fleetledger.query.variables.VariableMap;

/** A device's variables with {@code explain=true}: the variables, and where each key comes from. */
record ExplainedVariablesBody(VariableMap variables, Map<String, ProvenanceBody> provenance) {
}
