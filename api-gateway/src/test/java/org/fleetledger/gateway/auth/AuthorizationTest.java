package org.fleetledger.gateway.auth;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorizationTest extends ApiTest {

    @Test
    void refusesRequestsWithoutCredentials() {
        ApiResponse response = anonymous().get("/v1/clouds");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("message").stringValue()).isEqualTo("Project ID ('None') is not a valid UUID");
        assertThat(anonymous().get("/v1/no-such-thing").status()).as("auth comes before routing").isEqualTo(401);
    }

    @Test
    void refusesAProjectIdThatIsNotAUuid() {
        ApiResponse response = root().with("X-Auth-Project", "my-project").get("/v1/clouds");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("message").stringValue())
                .isEqualTo("Project ID ('my-project') is not a valid UUID");
    }

    @Test
    void acceptsTheProjectIdWithoutHyphens() {
        String compact = ROOT_PROJECT.toString().replace("-", "").toUpperCase();
        assertThat(root().with("X-Auth-Project", compact).get("/v1/clouds").status()).isEqualTo(200);
    }

    @Test
    void refusesAWrongKeyAnUnknownUserAndAUserOfAnotherProject() {
        String message = "The request could not be authenticated.";
        ApiResponse wrongKey = root().with("X-Auth-Token", "0123456789abcdef0123456789abcdee").get("/v1/clouds");
        assertThat(wrongKey.status()).isEqualTo(401);
        assertThat(wrongKey.json().get("message").stringValue()).isEqualTo(message);
        assertThat(root().with("X-Auth-User", "nobody").get("/v1/clouds").status()).isEqualTo(401);
        assertThat(root().without("X-Auth-Token").get("/v1/clouds").status()).isEqualTo(401);
        assertThat(root().with("X-Auth-Project", UUID.randomUUID().toString()).get("/v1/clouds").status())
                .isEqualTo(401);
    }

    @Test
    void hidesAnotherProjectsCloudsBehind404() {
        ApiClient owner = newProjectWithUser(Role.ADMIN);
        ApiClient stranger = newProjectWithUser(Role.ADMIN);
        String name = unique("private");
        long id = owner.post("/v1/clouds", "{\"name\": \"" + name + "\"}").json().get("id").longValue();

        assertThat(stranger.get("/v1/clouds/" + id).status()).isEqualTo(404);
        assertThat(stranger.put("/v1/clouds/" + id, "{\"note\": \"x\"}").status()).isEqualTo(404);
        assertThat(stranger.delete("/v1/clouds/" + id).status()).isEqualTo(404);
        assertThat(stranger.get("/v1/clouds/" + id + "/variables").status()).isEqualTo(404);
        assertThat(stranger.put("/v1/clouds/" + id + "/variables", "{\"a\": 1}").status()).isEqualTo(404);
        assertThat(stranger.delete("/v1/clouds/" + id + "/variables", "[\"a\"]").status()).isEqualTo(404);
        assertThat(stranger.get("/v1/clouds?name=" + name).status()).isEqualTo(404);
        assertThat(stranger.get("/v1/clouds").json().get("clouds").isEmpty()).isTrue();
        assertThat(owner.get("/v1/clouds/" + id).status()).as("still there").isEqualTo(200);
    }

    @Test
    void letsReadersReadButNotWrite() {
        UUID project = createProject();
        ApiClient member = userIn(project, Role.MEMBER);
        ApiClient reader = userIn(project, Role.READER);
        long id = member.post("/v1/clouds", "{\"name\": \"" + unique("ro") + "\"}").json().get("id").longValue();

        assertThat(reader.get("/v1/clouds/" + id).status()).isEqualTo(200);
        assertThat(reader.get("/v1/clouds").json().get("clouds")).hasSize(1);
        ApiResponse create = reader.post("/v1/clouds", "{\"name\": \"" + unique("ro") + "\"}");
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.json().get("status").intValue()).isEqualTo(403);
        assertThat(reader.put("/v1/clouds/" + id, "{\"note\": \"x\"}").status()).isEqualTo(403);
        assertThat(reader.delete("/v1/clouds/" + id).status()).isEqualTo(403);
        assertThat(reader.put("/v1/clouds/" + id + "/variables", "{\"a\": 1}").status()).isEqualTo(403);
        assertThat(reader.delete("/v1/clouds/" + id + "/variables", "[\"a\"]").status()).isEqualTo(403);
    }

    @Test
    void letsRootCrossProjects() {
        ApiClient owner = newProjectWithUser(Role.MEMBER);
        long id = owner.post("/v1/clouds", "{\"name\": \"" + unique("cross") + "\"}").json().get("id").longValue();

        assertThat(root().get("/v1/clouds/" + id).status()).isEqualTo(200);
        assertThat(root().put("/v1/clouds/" + id, "{\"note\": \"seen by root\"}").status()).isEqualTo(200);
        assertThat(owner.get("/v1/clouds/" + id).json().get("note").stringValue()).isEqualTo("seen by root");
        ApiResponse created = root().post("/v1/clouds", "{\"name\": \"" + unique("root-own") + "\"}");
        assertThat(created.json().get("project_id").stringValue()).as("creates go to the caller's project")
                .isEqualTo(ROOT_PROJECT.toString());
    }
}
