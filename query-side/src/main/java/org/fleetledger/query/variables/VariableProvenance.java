package org.fleetledger.query.variables;

import java.util.List;

/** Where a resolved key comes from: the setting that supplies it, and the broader ones it overrides, nearest first. */
public record VariableProvenance(VariableSetting supplied, List<VariableSetting> overrides) {
}
