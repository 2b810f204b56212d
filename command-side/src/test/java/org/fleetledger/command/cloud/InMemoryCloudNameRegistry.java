package org.fleetledger.command.cloud;

import org.fleetledger.command.api.NameTakenException;
import org.fleetledger.events.cloud.CloudId;
import org.fleetledger.events.project.ProjectId;

import java.util.HashMap;
import java.util.Map;

/** The name rule without a database, for aggregate fixtures; the real table is tested over HTTP. */
class InMemoryCloudNameRegistry implements CloudNameRegistry {

    private final Map<String, CloudId> claims = new HashMap<>();

    @Override
    public void claim(ProjectId project, String name, CloudId cloud) {
        if (claims.putIfAbsent(project.text() + "/" + name, cloud) != null) {
            throw new NameTakenException("A cloud with the given name already exists.");
        }
    }

    @Override
    public void release(ProjectId project, String name) {
        claims.remove(project.text() + "/" + name);
    }
}
