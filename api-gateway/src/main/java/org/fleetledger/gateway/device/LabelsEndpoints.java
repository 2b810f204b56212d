package org.fleetledger.gateway.device;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.gateway.auth.Caller;
import org.fleetledger.gateway.auth.Permissions;
import org.fleetledger.gateway.http.BodySchema;
import org.fleetledger.gateway.http.JsonBodies;
import org.fleetledger.gateway.http.LedgerWrites;
import org.fleetledger.gateway.http.QuerySpec;
import org.fleetledger.gateway.http.WriteResponses;
import org.fleetledger.query.device.DeviceQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.BiFunction;

import static org.fleetledger.gateway.http.BodySchema.Type.STRING_ARRAY;

/**
 * {@code /v1/{hosts|network-devices}/{id}/labels}: a label set per device. PUT adds (a union), DELETE
 * removes; both take {@code {"labels": [...]}}, and a body without {@code labels} is a 400.
 */
@Component
class LabelsEndpoints {

    private static final BodySchema BODY = BodySchema.builder().required("labels", STRING_ARRAY).build();
    private static final QuerySpec NO_PARAMETERS = QuerySpec.none();

    private final DeviceQueries devices;
    private final LedgerWrites writes;
    private final JsonBodies bodies;

    LabelsEndpoints(DeviceQueries devices, LedgerWrites writes, JsonBodies bodies) {
        this.devices = devices;
        this.writes = writes;
        this.bodies = bodies;
    }

    /** Call once the caller is known to see the device (else it is a 404). */
    LabelsBody get(HttpServletRequest request, long deviceId) {
        NO_PARAMETERS.parse(request);
        return new LabelsBody(devices.labels(deviceId));
    }

    ResponseEntity<LabelsBody> add(HttpServletRequest request, long deviceId,
                                   BiFunction<List<String>, ProjectScope, Object> command) {
        List<String> labels = labelsOf(request);
        long position = writes.send(request, command.apply(labels, Caller.of(request).writable()));
        return WriteResponses.ok(position, new LabelsBody(devices.labels(deviceId)));
    }

    ResponseEntity<Void> remove(HttpServletRequest request, BiFunction<List<String>, ProjectScope, Object> command) {
        List<String> labels = labelsOf(request);
        return WriteResponses.noContent(writes.send(request, command.apply(labels, Caller.of(request).writable())));
    }

    private List<String> labelsOf(HttpServletRequest request) {
        Permissions.requireInventoryWrite(Caller.of(request));
        List<String> labels = JsonBodies.strings(BODY.validate(bodies.read(request)), "labels");
        NO_PARAMETERS.parse(request);
        return labels;
    }
}
