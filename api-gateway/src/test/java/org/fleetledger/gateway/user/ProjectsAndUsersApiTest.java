package org.fleetledger.gateway.user;

import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectsAndUsersApiTest extends ApiTest {

    @Autowired
    DataSource dataSource;

    @Test
    void letsRootManageProjectsAndTheirVariables() {
        String name = unique("tenant");
        ApiResponse created = root().post("/v1/projects", "{\"name\": \"" + name + "\", \"variables\": {\"owner\": \"ops\"}}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(fields(created.json())).containsExactly("created_at", "id", "name", "updated_at", "variables");
        String id = created.json().get("id").stringValue();
        assertThat(created.header("Location")).endsWith("/v1/projects/" + id);

        assertThat(root().get("/v1/projects/" + id).json().get("variables").toString()).isEqualTo("{\"owner\":\"ops\"}");
        JsonNode named = root().get("/v1/projects?name=" + name + "&details=true").json();
        assertThat(named.get("projects")).hasSize(1);
        assertThat(named.get("projects").get(0).has("variables")).isFalse();
        assertThat(root().get("/v1/projects?name=" + name.substring(0, name.length() - 3) + "%25").json().get("projects"))
                .as("the name is a LIKE pattern").hasSize(1);
        assertThat(root().get("/v1/projects?marker=not-a-uuid").status()).isEqualTo(400);

        assertThat(root().put("/v1/projects/" + id + "/variables", "{\"tier\": 1}").status()).isEqualTo(200);
        assertThat(root().get("/v1/projects/" + id + "/variables").json().toString())
                .isEqualTo("{\"variables\":{\"owner\":\"ops\",\"tier\":1}}");
        assertThat(root().delete("/v1/projects/" + id).status()).isEqualTo(204);
        assertThat(root().get("/v1/projects/" + id).status()).isEqualTo(404);
        assertThat(root().get("/v1/projects/not-a-uuid").status()).isEqualTo(404);
    }

    @Test
    void resolvesProjectVariablesIntoItsInventory() {
        UUID project = createProject();
        ApiClient admin = userIn(project, Role.ADMIN);
        assertThat(admin.put("/v1/projects/" + project + "/variables", "{\"dns\": \"project\", \"ntp\": \"project\"}")
                .status()).isEqualTo(200);
        long cloud = admin.post("/v1/clouds", "{\"name\": \"c\", \"variables\": {\"ntp\": \"cloud\"}}").json().get("id").longValue();
        long region = admin.post("/v1/regions", "{\"name\": \"r\", \"cloud_id\": " + cloud + "}").json().get("id").longValue();
        assertThat(admin.get("/v1/regions/" + region).json().get("variables").toString())
                .isEqualTo("{\"dns\":\"project\",\"ntp\":\"cloud\"}");
        assertThat(admin.get("/v1/clouds/" + cloud).json().get("variables").toString())
                .as("clouds do not inherit from projects").isEqualTo("{\"ntp\":\"cloud\"}");
    }

    @Test
    void refusesProjectDeletionWhileItHoldsAnythingUnlessCascading() {
        UUID project = createProject();
        ApiClient member = userIn(project, Role.MEMBER);
        long cloud = member.post("/v1/clouds", "{\"name\": \"c\"}").json().get("id").longValue();
        member.post("/v1/regions", "{\"name\": \"r\", \"cloud_id\": " + cloud + "}");

        ApiResponse refused = root().delete("/v1/projects/" + project);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("message").stringValue()).isEqualTo("The project " + project
                + " still has dependants: 1 cloud, 1 region, 1 user. Delete them first, or delete with ?cascade=true.");
        assertThat(root().delete("/v1/projects/" + project + "?cascade=true").status()).isEqualTo(204);
        assertThat(root().get("/v1/projects/" + project).status()).isEqualTo(404);
        assertThat(root().get("/v1/clouds/" + cloud).status()).isEqualTo(404);
        assertThat(member.get("/v1/clouds").status()).as("its users are gone").isEqualTo(401);
    }

    @Test
    void showsAKeyOnceStoresItHashedAndRotatesIt() {
        UUID project = createProject();
        ApiClient admin = userIn(project, Role.ADMIN);
        String username = unique("op");
        ApiResponse created = admin.post("/v1/users", "{\"username\": \"" + username + "\", \"project_id\": \""
                + project + "\", \"is_admin\": false, \"api_key\": \"ignored\", \"roles\": [\"x\"]}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(fields(created.json())).containsExactly("api_key", "created_at", "id", "is_admin", "project_id",
                "role", "updated_at", "username");
        String key = created.json().get("api_key").stringValue();
        assertThat(key).matches("[0-9a-f]{32}").isNotEqualTo("ignored");
        assertThat(created.json().get("role").stringValue()).isEqualTo("member");
        long id = created.json().get("id").longValue();

        ApiClient user = ApiClient.as(port, project, username, key);
        assertThat(user.get("/v1/clouds").status()).isEqualTo(200);
        assertThat(admin.get("/v1/users/" + id).json().has("api_key")).isFalse();
        assertThat(admin.get("/v1/users").json().get("users").get(0).has("api_key")).isFalse();
        String stored = new JdbcTemplate(dataSource).queryForObject(
                "SELECT string_agg(payload, '') FROM domain_event_entry WHERE aggregate_identifier = ?", String.class,
                "user:" + id);
        assertThat(stored).doesNotContain(key);

        ApiResponse rotated = user.post("/v1/users/" + id + "/rotate-key", null);
        assertThat(rotated.status()).isEqualTo(200);
        String newKey = rotated.json().get("api_key").stringValue();
        assertThat(user.get("/v1/clouds").status()).as("the old key stops at once").isEqualTo(401);
        assertThat(ApiClient.as(port, project, username, newKey).get("/v1/clouds").status()).isEqualTo(200);
    }

    @Test
    void letsAdminsChangeRolesAndDeleteUsersOfTheirProjectOnly() {
        UUID project = createProject();
        ApiClient admin = userIn(project, Role.ADMIN);
        ApiClient strangerAdmin = newProjectWithUser(Role.ADMIN);
        ApiResponse created = admin.post("/v1/users", "{\"username\": \"" + unique("u") + "\", \"project_id\": \""
                + project + "\", \"role\": \"reader\"}");
        long id = created.json().get("id").longValue();
        ApiClient user = ApiClient.as(port, project, created.json().get("username").stringValue(),
                created.json().get("api_key").stringValue());
        assertThat(user.post("/v1/clouds", "{\"name\": \"x\"}").status()).isEqualTo(403);

        ApiResponse promoted = admin.put("/v1/users/" + id, "{\"role\": \"member\"}");
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.json().get("role").stringValue()).isEqualTo("member");
        assertThat(user.post("/v1/clouds", "{\"name\": \"" + unique("x") + "\"}").status()).isEqualTo(201);
        assertThat(admin.put("/v1/users/" + id, "{\"role\": \"root\"}").status()).isEqualTo(400);

        assertThat(strangerAdmin.get("/v1/users/" + id).status()).isEqualTo(404);
        assertThat(strangerAdmin.delete("/v1/users/" + id).status()).isEqualTo(404);
        assertThat(strangerAdmin.post("/v1/users", "{\"username\": \"intruder\", \"project_id\": \"" + project + "\"}")
                .status()).isEqualTo(404);
        assertThat(user.get("/v1/users").status()).as("members do not manage users").isEqualTo(403);

        assertThat(admin.delete("/v1/users/" + id).status()).isEqualTo(204);
        assertThat(user.get("/v1/clouds").status()).isEqualTo(401);
        List<String> actors = new JdbcTemplate(dataSource).queryForList(
                "SELECT meta_data::jsonb ->> 'actor_username' FROM domain_event_entry WHERE aggregate_identifier LIKE 'cloud:%' "
                        + "AND meta_data::jsonb ->> 'actor_user_id' = ?", String.class, Long.toString(id));
        assertThat(actors).as("history keeps the deleted user's name").containsOnly(
                created.json().get("username").stringValue());
    }

    @Test
    void keepsRootUsersForRootAlone() {
        JsonNode rootUser = root().get("/v1/users?name=" + ROOT_USER).json().get("users").get(0);
        long rootId = rootUser.get("id").longValue();
        assertThat(rootUser.get("role").stringValue()).isEqualTo("root");
        ApiClient bootstrapAdmin = userIn(ROOT_PROJECT, Role.ADMIN);
        assertThat(bootstrapAdmin.delete("/v1/users/" + rootId).status()).isEqualTo(403);
        assertThat(bootstrapAdmin.post("/v1/users/" + rootId + "/rotate-key", null).status()).isEqualTo(403);
        assertThat(bootstrapAdmin.put("/v1/users/" + rootId, "{\"role\": \"reader\"}").status()).isEqualTo(403);
        assertThat(newProjectWithUser(Role.ADMIN).get("/v1/projects").status()).isEqualTo(403);
        assertThat(newProjectWithUser(Role.ADMIN).post("/v1/projects", "{\"name\": \"x\"}").status()).isEqualTo(403);
    }
}
