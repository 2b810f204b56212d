package org.fleetledger.gateway.label;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.command.api.DeleteLabelVariablesCommand;
import org.fleetledger.command.api.SetLabelVariablesCommand;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.variables.OwnerType;
import org.fleetledger.events.variables.VariableOwner;
import org.fleetledger.gateway.auth.Caller;
import org.fleetledger.gateway.http.ApiException;
import org.fleetledger.gateway.http.OwnVariablesEndpoints;
import org.fleetledger.gateway.http.VariablesBody;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code /v1/labels/{label}/variables}: the variables of a label in the caller's project. Devices
 * carrying the label resolve them after their parent chain and before their cell. A label needs no
 * device to carry it before it gets variables, so every label is readable (empty until set).
 */
@RestController
@RequestMapping("/v1/labels/{label}/variables")
class LabelController {

    private static final int MAX_LABEL_LENGTH = 255;

    private final OwnVariablesEndpoints ownVariablesEndpoints;

    LabelController(OwnVariablesEndpoints ownVariablesEndpoints) {
        this.ownVariablesEndpoints = ownVariablesEndpoints;
    }

    @GetMapping
    VariablesBody get(HttpServletRequest request, @PathVariable String label) {
        Caller caller = Caller.of(request);
        return ownVariablesEndpoints.getByKey(request, OwnerType.LABEL, ownerId(caller, label));
    }

    @PutMapping
    ResponseEntity<VariablesBody> set(HttpServletRequest request, @PathVariable String label) {
        Caller caller = Caller.of(request);
        ownerId(caller, label);
        return ownVariablesEndpoints.put(request,
                (values, scope) -> new SetLabelVariablesCommand(new ProjectId(caller.projectId()), label, values));
    }

    @DeleteMapping
    ResponseEntity<Void> delete(HttpServletRequest request, @PathVariable String label) {
        Caller caller = Caller.of(request);
        ownerId(caller, label);
        return ownVariablesEndpoints.delete(request,
                (keys, scope) -> new DeleteLabelVariablesCommand(new ProjectId(caller.projectId()), label, keys));
    }

    /** The label's scope in the caller's project; a label is 1 to 255 characters, as on devices. */
    private static String ownerId(Caller caller, String label) {
        if (label.isEmpty() || label.codePointCount(0, label.length()) > MAX_LABEL_LENGTH) {
            throw ApiException.validation(List.of("'label': must have 1 to " + MAX_LABEL_LENGTH + " characters"));
        }
        return VariableOwner.label(new ProjectId(caller.projectId()), label).id();
    }
}
