package org.fleetledger.gateway.auth;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Authentication keeps credentials in memory between requests (ADR 0027). While other requests of the
 * same user keep the cache busy, a rotated key, a changed role and a deleted user must take effect as
 * soon as the change is acknowledged.
 */
class CachedCredentialsTest extends ApiTest {

    private static final int ROUNDS = 12;

    @Test
    void stopsARotatedKeyAtOnceWhileTheUserKeepsAuthenticating() throws Exception {
        UUID project = createProject();
        ApiResponse created = createUser(userIn(project, Role.ADMIN), project, "member");
        long id = id(created);
        String username = created.json().get("username").stringValue();
        AtomicReference<String> current = new AtomicReference<>(created.json().get("api_key").stringValue());
        AtomicInteger accepted = new AtomicInteger();

        try (Load load = new Load(() -> {
            if (ApiClient.as(port, project, username, current.get()).get("/v1/clouds").status() == 200) {
                accepted.incrementAndGet();
            }
        })) {
            for (int round = 0; round < ROUNDS; round++) {
                String old = current.get();
                ApiResponse rotated = ApiClient.as(port, project, username, old).post("/v1/users/" + id + "/rotate-key",
                        null);
                assertThat(rotated.status()).as(rotated.text()).isEqualTo(200);
                String fresh = rotated.json().get("api_key").stringValue();
                current.set(fresh);
                assertThat(ApiClient.as(port, project, username, old).get("/v1/clouds").status())
                        .as("the old key in round %d", round).isEqualTo(401);
                assertThat(ApiClient.as(port, project, username, fresh).get("/v1/clouds").status())
                        .as("the new key in round %d", round).isEqualTo(200);
            }
        }
        assertThat(accepted.get()).as("requests authenticated beside the rotations").isPositive();
    }

    @Test
    void appliesRoleChangesAndDeletionAtOnceWhileTheUserKeepsAuthenticating() throws Exception {
        UUID project = createProject();
        ApiClient admin = userIn(project, Role.ADMIN);
        ApiResponse created = createUser(admin, project, "reader");
        long id = id(created);
        ApiClient user = ApiClient.as(port, project, created.json().get("username").stringValue(),
                created.json().get("api_key").stringValue());

        try (Load load = new Load(() -> user.get("/v1/clouds"))) {
            for (int round = 0; round < ROUNDS; round++) {
                assertThat(admin.put("/v1/users/" + id, "{\"role\": \"member\"}").status()).isEqualTo(200);
                assertThat(user.post("/v1/clouds", "{\"name\": \"" + unique("c") + "\"}").status())
                        .as("a member writes, round %d", round).isEqualTo(201);
                assertThat(admin.put("/v1/users/" + id, "{\"role\": \"reader\"}").status()).isEqualTo(200);
                assertThat(user.post("/v1/clouds", "{\"name\": \"" + unique("c") + "\"}").status())
                        .as("a reader does not, round %d", round).isEqualTo(403);
            }
            assertThat(admin.delete("/v1/users/" + id).status()).isEqualTo(204);
            assertThat(user.get("/v1/clouds").status()).as("a deleted user").isEqualTo(401);
        }
    }

    /** A user created through the API, whose answer carries its username and key. */
    private static ApiResponse createUser(ApiClient admin, UUID project, String role) {
        return admin.post("/v1/users", "{\"username\": \"" + unique(role) + "\", \"project_id\": \"" + project
                + "\", \"role\": \"" + role + "\"}");
    }

    /** Two threads sending a request over and over until closed. */
    private static final class Load implements AutoCloseable {

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService threads = Executors.newFixedThreadPool(2);
        private final Future<?>[] workers = new Future<?>[2];

        Load(Runnable request) {
            for (int i = 0; i < workers.length; i++) {
                workers[i] = threads.submit(() -> {
                    while (running.get()) {
                        request.run();
                    }
                });
            }
        }

        @Override
        public void close() throws Exception {
            running.set(false);
            for (Future<?> worker : workers) {
                worker.get();
            }
            threads.shutdown();
        }
    }
}
