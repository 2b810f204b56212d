package org.fleetledger.gateway.device;

import org.fleetledger.query.variables.VariableProvenance;
import org.fleetledger.query.variables.VariableScope;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The provenance of one resolved key: the scope that supplies it and the change that set it there,
 * and the broader scopes holding the key that it overrides, nearest first, with their values.
 */
record ProvenanceBody(VariableScope scope, String setBy, Long setByUserId, OffsetDateTime setAt, String note,
                      Long position, List<SettingBody> overrides) {

    static ProvenanceBody of(VariableProvenance provenance) {
        var supplied = provenance.supplied();
        return new ProvenanceBody(supplied.scope(), supplied.setBy(), supplied.setByUserId(), supplied.setAt(),
                supplied.note(), supplied.position(), provenance.overrides().stream().map(SettingBody::of).toList());
    }
}
