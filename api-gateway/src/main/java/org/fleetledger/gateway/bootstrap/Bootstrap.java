package org.fleetledger.gateway.bootstrap;

import org.fleetledger.command.api.ChangeContext;
import org.fleetledger.command.api.CreateProjectCommand;
import org.fleetledger.command.api.CreateUserCommand;
import org.fleetledger.command.api.ProjectScope;
import org.fleetledger.command.api.RotateUserApiKeyCommand;
import org.fleetledger.command.ledger.EventLogPositions;
import org.fleetledger.command.ledger.IdAllocator;
import org.fleetledger.command.ledger.LedgerWriter;
import org.fleetledger.command.ledger.WriteReceipt;
import org.fleetledger.command.user.ApiKeys;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.user.Role;
import org.fleetledger.events.user.UserId;
import org.fleetledger.gateway.config.FleetProperties;
import org.fleetledger.query.progress.ReadModelProgress;
import org.fleetledger.query.project.ProjectQueries;
import org.fleetledger.query.user.UserCredentials;
import org.fleetledger.query.user.UserQueries;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Ensures the bootstrap project and its root user exist (spec section 3). Idempotent: with the same
 * settings a restart changes nothing; a configured root key that differs from the stored one
 * replaces it (that is how the root key is rotated from configuration).
 */
@Component
public class Bootstrap {

    /** What the bootstrap found or made; {@code generatedKey} is set only when a key was just generated. */
    public record Outcome(UUID projectId, String rootUser, String generatedKey) {
    }

    private static final Duration CATCH_UP = Duration.ofSeconds(60);
    static final String PROJECT_NAME = "bootstrap";

    private final FleetProperties properties;
    private final LedgerWriter writer;
    private final IdAllocator ids;
    private final EventLogPositions log;
    private final ReadModelProgress progress;
    private final ProjectQueries projects;
    private final UserQueries users;
    private final BootstrapLock lock;

    Bootstrap(FleetProperties properties, LedgerWriter writer, IdAllocator ids, EventLogPositions log,
              ReadModelProgress progress, ProjectQueries projects, UserQueries users, BootstrapLock lock) {
        this.properties = properties;
        this.writer = writer;
        this.ids = ids;
        this.log = log;
        this.progress = progress;
        this.projects = projects;
        this.users = users;
        this.lock = lock;
    }

    public Outcome ensure() {
        return lock.holding(this::ensureHoldingTheLock);
    }

    private Outcome ensureHoldingTheLock() {
        catchUp(log.head());
        FleetProperties.Bootstrap settings = properties.bootstrap();
        String rootUser = settings.rootUser() == null || settings.rootUser().isBlank() ? "bootstrap"
                : settings.rootUser();
        String configuredKey = settings.rootKey() == null || settings.rootKey().isBlank() ? null : settings.rootKey();
        UUID projectId = projectId(settings, rootUser);
        ProjectId project = new ProjectId(projectId);

        if (!projects.exists(projectId)) {
            send(new CreateProjectCommand(project, PROJECT_NAME, false, Map.of()), "bootstrap: create the bootstrap project");
        }
        Optional<UserCredentials> root = users.credentials(projectId, rootUser);
        String generatedKey = null;
        if (root.isEmpty()) {
            String key = configuredKey;
            if (key == null) {
                key = ApiKeys.generate();
                generatedKey = key;
            }
            send(new CreateUserCommand(ids.nextUserId(), project, rootUser, Role.ROOT, ApiKeys.hash(key)),
                    "bootstrap: create the root user");
        } else if (configuredKey != null && !ApiKeys.matches(configuredKey, root.get().apiKeyHash())) {
            send(new RotateUserApiKeyCommand(new UserId(root.get().userId()),
                    ProjectScope.everyProject(project), ApiKeys.hash(configuredKey)),
                    "bootstrap: root key replaced by the configured one");
        }
        return new Outcome(projectId, rootUser, generatedKey);
    }

    /** The configured project id; else the project of an existing root user of that name; else a new one. */
    private UUID projectId(FleetProperties.Bootstrap settings, String rootUser) {
        if (settings.projectId() != null && !settings.projectId().isBlank()) {
            try {
                return UUID.fromString(settings.projectId().trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("FLEET_BOOTSTRAP_PROJECT_ID is not a UUID: " + settings.projectId());
            }
        }
        return users.rootUsersNamed(rootUser).stream()
                .map(UserCredentials::projectId)
                .findFirst()
                .orElseGet(UUID::randomUUID);
    }

    private void send(Object command, String note) {
        WriteReceipt receipt = writer.send(command, ChangeContext.system("bootstrap-" + UUID.randomUUID(), note));
        catchUp(receipt.position());
    }

    private void catchUp(long position) {
        if (!progress.awaitPosition(position, CATCH_UP)) {
            throw new IllegalStateException("read models did not reach position " + position + " within "
                    + CATCH_UP.toSeconds() + " s");
        }
    }
}
