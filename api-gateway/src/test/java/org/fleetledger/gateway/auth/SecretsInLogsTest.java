package org.fleetledger.gateway.auth;

import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An API key is seen in two answers only, the user's creation and a key rotation: never in a log line
 * (at DEBUG either, where the web layer logs every request and answer), nor in a later read, whether
 * it was sent where it belongs, in the wrong header, in a query string or in a body.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsInLogsTest extends ApiTest {

    private static final List<String> VERBOSE = List.of("org.springframework.web", "org.fleetledger",
            "org.axonframework");

    @Autowired
    LoggingSystem logging;

    @BeforeEach
    void logEveryRequest() {
        VERBOSE.forEach(logger -> logging.setLogLevel(logger, LogLevel.DEBUG));
    }

    @AfterEach
    void logAsConfigured() {
        VERBOSE.forEach(logger -> logging.setLogLevel(logger, null));
    }

    @Test
    void keysNeverReachTheLogsNorLaterReads(CapturedOutput output) {
        ApiClient root = root();
        String project = root.post("/v1/projects", "{\"name\": \"" + unique("secrets") + "\"}").json()
                .get("id").stringValue();
        String adminName = unique("admin");
        ApiResponse adminCreated = root.post("/v1/users", "{\"username\": \"" + adminName + "\", \"project_id\": \""
                + project + "\", \"role\": \"admin\"}");
        assertThat(adminCreated.status()).isEqualTo(201);
        String adminKey = adminCreated.json().get("api_key").stringValue();
        ApiClient admin = ApiClient.as(port, UUID.fromString(project), adminName, adminKey);

        String memberName = unique("member");
        String chosenKey = "feedfacefeedfacefeedfacefeedface";
        ApiResponse memberCreated = admin.post("/v1/users", "{\"username\": \"" + memberName
                + "\", \"project_id\": \"" + project + "\", \"api_key\": \"" + chosenKey + "\"}");
        assertThat(memberCreated.status()).isEqualTo(201);
        String memberKey = memberCreated.json().get("api_key").stringValue();
        assertThat(memberKey).as("a sent key is ignored, the key is generated").isNotEqualTo(chosenKey);
        long memberId = memberCreated.json().get("id").longValue();
        ApiClient member = ApiClient.as(port, UUID.fromString(project), memberName, memberKey);

        ApiResponse rotated = member.post("/v1/users/" + memberId + "/rotate-key", null);
        assertThat(rotated.status()).isEqualTo(200);
        String rotatedKey = rotated.json().get("api_key").stringValue();
        member = member.with("X-Auth-Token", rotatedKey);
        List<String> keys = List.of(adminKey, memberKey, rotatedKey, ROOT_KEY);

        // right keys
        assertThat(admin.get("/v1/users").status()).isEqualTo(200);
        assertThat(member.post("/v1/clouds", "{\"name\": \"" + unique("cloud") + "\"}").status()).isEqualTo(201);
        // wrong keys: the old one, another user's, a key as the user name
        assertThat(member.with("X-Auth-Token", memberKey).get("/v1/clouds").status()).isEqualTo(401);
        assertThat(member.with("X-Auth-Token", adminKey).get("/v1/clouds").status()).isEqualTo(401);
        assertThat(member.with("X-Auth-User", rotatedKey).get("/v1/clouds").status()).isEqualTo(401);
        assertThat(member.with("X-Auth-Project", rotatedKey).get("/v1/clouds").status()).isEqualTo(401);
        // keys in the wrong places
        ApiClient anonymous = anonymous().with("X-Auth-Project", project).with("X-Auth-User", memberName);
        for (String header : List.of("Authorization", "X-Api-Key", "X-Auth-Key", "Cookie", "X-Change-Note")) {
            String value = header.equals("Authorization") ? "Bearer " + rotatedKey : rotatedKey;
            assertThat(anonymous.with(header, value).get("/v1/clouds").status()).isEqualTo(401);
        }
        assertThat(member.get("/v1/clouds?api_key=" + rotatedKey).status()).isEqualTo(400);
        assertThat(member.get("/v1/users/" + memberId + "?token=" + rotatedKey).status()).isIn(400, 403);
        assertThat(member.post("/v1/clouds", "{\"name\": \"x\", \"api_key\": \"" + rotatedKey + "\"}").status())
                .isEqualTo(400);
        assertThat(member.post("/v1/clouds", "{\"api_key\": \"" + rotatedKey).status()).isEqualTo(400);
        assertThat(admin.put("/v1/users/" + memberId, "{\"api_key\": \"" + rotatedKey + "\"}").status())
                .isEqualTo(400);

        // later reads of users and projects, as admin and as root
        List<ApiResponse> reads = new ArrayList<>();
        for (ApiClient reader : List.of(admin, root)) {
            reads.add(reader.get("/v1/users"));
            reads.add(reader.get("/v1/users?details=true&name=" + memberName));
            reads.add(reader.get("/v1/users/" + memberId));
            reads.add(reader.get("/v1/users/" + memberId + "/history"));
            reads.add(reader.get("/v1/projects/" + project));
            reads.add(reader.get("/v1/changes?resource_type=user"));
        }
        reads.add(root.get("/v1/projects?details=true"));
        for (ApiResponse read : reads) {
            for (String key : keys) {
                assertThat(read.text()).doesNotContain(key);
            }
        }

        String logs = output.getAll();
        assertThat(logs).as("the capture holds log lines of the requests")
                .contains(adminCreated.header("X-Request-ID")).contains(memberCreated.header("X-Request-ID"))
                .contains(rotated.header("X-Request-ID")).contains("Writing [UserBody[");
        for (String key : keys) {
            assertThat(logs).as("a key in the logs").doesNotContain(key);
        }
    }
}
