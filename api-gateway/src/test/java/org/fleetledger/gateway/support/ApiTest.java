package org.fleetledger.gateway.support;

import org.fleetledger.command.api.ChangeContext;
import org.fleetledger.command.api.CreateProjectCommand;
import org.fleetledger.command.api.CreateUserCommand;
import org.fleetledger.command.ledger.IdAllocator;
import org.fleetledger.command.ledger.LedgerWriter;
import org.fleetledger.command.user.ApiKeys;
import org.fleetledger.events.project.ProjectId;
import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.FleetLedgerApplication;
import org.fleetledger.query.progress.ReadModelProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the end-to-end tests: the whole service on a random port, over a real embedded PostgreSQL
 * whose data lives in a fresh directory. Every test class shares one running service (Spring's context
 * cache), so tests create their own, uniquely named data.
 */
@SpringBootTest(classes = FleetLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTest {

    public static final UUID ROOT_PROJECT = UUID.fromString("0f7d4b7e-39a1-4c1e-9d5a-3c2b1a000001");
    public static final String ROOT_USER = "bootstrap";
    public static final String ROOT_KEY = "0123456789abcdef0123456789abcdef";
    private static final Path DATA_DIR = temporaryDataDirectory();
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @LocalServerPort
    protected int port;

    @Autowired
    protected LedgerWriter writer;

    @Autowired
    protected IdAllocator ids;

    @Autowired
    protected ReadModelProgress progress;

    @DynamicPropertySource
    static void service(DynamicPropertyRegistry registry) {
        registry.add("fleet.data-dir", DATA_DIR::toString);
        registry.add("fleet.db.url", () -> "");
        registry.add("fleet.bootstrap.project-id", ROOT_PROJECT::toString);
        registry.add("fleet.bootstrap.root-user", () -> ROOT_USER);
        registry.add("fleet.bootstrap.root-key", () -> ROOT_KEY);
        registry.add("server.address", () -> "127.0.0.1");
        registry.add("fleet.kafka.port", () -> "0");
    }

    protected ApiClient root() {
        return ApiClient.as(port, ROOT_PROJECT, ROOT_USER, ROOT_KEY);
    }

    protected ApiClient anonymous() {
        return ApiClient.anonymous(port);
    }

    /** A name no other test uses. */
    protected static String unique(String prefix) {
        return prefix + "-" + UNIQUE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new project with one user of the given role, made through the command side; answers its client. */
    protected ApiClient newProjectWithUser(Role role) {
        return userIn(createProject(), role);
    }

    protected UUID createProject() {
        UUID project = UUID.randomUUID();
        write(new CreateProjectCommand(new ProjectId(project), unique("project"), false, Map.of()));
        return project;
    }

    protected ApiClient userIn(UUID project, Role role) {
        String username = unique(role.name().toLowerCase());
        String key = ApiKeys.generate();
        write(new CreateUserCommand(ids.nextUserId(), new ProjectId(project), username, role, ApiKeys.hash(key)));
        return ApiClient.as(port, project, username, key);
    }

    private void write(Object command) {
        long position = writer.send(command, ChangeContext.system("test-" + UUID.randomUUID(), "test set-up"))
                .position();
        assertThat(progress.awaitPosition(position, Duration.ofSeconds(10))).isTrue();
    }

    /** A cloud and a region in it, where a test's devices go. */
    protected record Place(long cloud, long region) {

        /** The fields that put a device here, for a request's body. */
        public String fields() {
            return "\"cloud_id\": " + cloud + ", \"region_id\": " + region;
        }
    }

    /** A new cloud named {@code c} with a region named {@code r}, made through the API as {@code api}. */
    protected static Place newCloudAndRegion(ApiClient api) {
        long cloud = id(api.post("/v1/clouds", "{\"name\": \"c\"}"));
        return new Place(cloud, id(api.post("/v1/regions", "{\"name\": \"r\", \"cloud_id\": " + cloud + "}")));
    }

    /** The id of a created resource, asserting the 201. */
    protected static long id(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("id").longValue();
    }

    /** The ids of a list's items, in order. */
    protected static List<Long> idsOf(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.get("id").longValue()).toList();
    }

    /** An object's property names, in order. */
    protected static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static Path temporaryDataDirectory() {
        try {
            Path dir = Files.createTempDirectory("fleet-ledger-test-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
