package org.fleetledger.gateway.device;

import org.fleetledger.query.variables.VariableScope;
import org.fleetledger.query.variables.VariableSetting;
import tools.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/** A scope's value of a key, as provenance shows it: the scope, the value and the change that set it. */
record SettingBody(VariableScope scope, JsonNode value, String setBy, Long setByUserId, OffsetDateTime setAt,
                   String note, Long position) {

    static SettingBody of(VariableSetting setting) {
        return new SettingBody(setting.scope(), setting.value(), setting.setBy(), setting.setByUserId(),
                setting.setAt(), setting.note(), setting.position());
    }
}
