package org.fleetledger.gateway.http;

import org.fleetledger.command.ledger.EventLogPositions;
import org.fleetledger.events.user.Role;
import org.fleetledger.gateway.support.ApiClient;
import org.fleetledger.gateway.support.ApiResponse;
import org.fleetledger.gateway.support.ApiTest;
import org.fleetledger.gateway.support.RawHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of bad input gets a clear 4xx in the contract's format, and changes nothing. */
class BadInputTest extends ApiTest {

    @Autowired
    EventLogPositions log;

    private ApiClient api;
    private long cloudId;

    @BeforeEach
    void cloud() {
        api = newProjectWithUser(Role.MEMBER);
        cloudId = api.post("/v1/clouds", "{\"name\": \"" + unique("bad") + "\"}").json().get("id").longValue();
    }

    @Test
    void refusesMalformedJson() {
        assertRefusedWithoutChange(() -> api.post("/v1/clouds", "{\"name\": "), 400,
                "The browser (or proxy) sent a request that this server could not understand.");
        assertRefusedWithoutChange(() -> api.post("/v1/clouds", "{\"name\": \"a\"} trailing"), 400,
                "The browser (or proxy) sent a request that this server could not understand.");
        assertRefusedWithoutChange(() -> api.post("/v1/clouds", "{\"name\": \"a\", \"name\": \"b\"}"), 400,
                "The browser (or proxy) sent a request that this server could not understand.");
    }

    @Test
    void listsEveryMissingOrUnexpectedPropertySorted() {
        assertRefusedWithoutChange(() -> api.post("/v1/clouds", "{\"id\": 3, \"created_at\": \"x\"}"), 400,
                "The request included the following errors:\n"
                        + "- 'name' is a required property\n"
                        + "- Additional properties are not allowed ('created_at', 'id' were unexpected)");
        assertRefusedWithoutChange(() -> api.post("/v1/clouds", "{\"name\": \"a\", \"project_id\": \"x\"}"), 400,
                "The request included the following errors:\n"
                        + "- Additional properties are not allowed ('project_id' was unexpected)");
    }

    @Test
    void enforcesStrictJsonTypes() {
        assertRefusedWithoutChange(() -> api.post("/v1/clouds", "{\"name\": 5}"), 400,
                "The request included the following errors:\n- 'name': 5 is not of type 'string'");
        assertRefusedWithoutChange(() -> api.post("/v1/clouds", "{\"name\": \"a\", \"note\": true}"), 400,
                "The request included the following errors:\n- 'note': True is not of type 'string', 'null'");
        assertRefusedWithoutChange(() -> api.post("/v1/clouds", "{\"name\": \"a\", \"variables\": [1]}"), 400,
                "The request included the following errors:\n- 'variables': [1] is not of type 'object'");
        assertRefusedWithoutChange(() -> api.post("/v1/clouds", "\"just a string\""), 400,
                "The request included the following errors:\n- 'just a string' is not of type 'object'");
        assertRefusedWithoutChange(() -> api.post("/v1/clouds", null), 400,
                "The request included the following errors:\n- None is not of type 'object'");
        assertRefusedWithoutChange(() -> api.put("/v1/clouds/" + cloudId, "{\"name\": null}"), 400,
                "The request included the following errors:\n- 'name': None is not of type 'string'");
    }

    @Test
    void refusesEmptyAndOverlongNames() {
        assertRefusedWithoutChange(() -> api.post("/v1/clouds", "{\"name\": \"\"}"), 400,
                "The request included the following errors:\n- 'name': '' is too short");
        String tooLong = "x".repeat(256);
        ApiResponse response = api.post("/v1/clouds", "{\"name\": \"" + tooLong + "\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("message").stringValue()).contains("'name'").contains("too long");
        assertThat(api.post("/v1/clouds", "{\"name\": \"" + "y".repeat(255) + unique("") + "\"}").status())
                .as("255 characters and a suffix is too long as well").isEqualTo(400);
        assertThat(api.post("/v1/clouds", "{\"name\": \"" + "é".repeat(255) + "\"}").status())
                .as("255 characters, whatever their bytes").isEqualTo(201);
    }

    @Test
    void refusesBodiesThatAreNotJson() {
        ApiResponse response = api.send("POST", "/v1/clouds", "name=a", "application/x-www-form-urlencoded");
        assertThat(response.status()).isEqualTo(415);
        assertErrorShape(response);
        assertRefusedWithoutChange(() -> api.send("PUT", "/v1/clouds/" + cloudId, "{\"note\": \"x\"}",
                "multipart/form-data"), 415, "Request bodies must be JSON, sent with Content-Type: application/json.");
        assertRefusedWithoutChange(() -> api.send("PUT", "/v1/clouds/" + cloudId,
                "--b\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nx\r\n--b--\r\n",
                "multipart/form-data; boundary=b"), 415,
                "Request bodies must be JSON, sent with Content-Type: application/json.");
    }

    @Test
    void refusesBodiesOverOneMebibyte() {
        String big = "{\"name\": \"big\", \"note\": \"" + "n".repeat(1024 * 1024) + "\"}";
        long before = log.head();
        ApiResponse response = api.post("/v1/clouds", big);
        assertThat(response.status()).isEqualTo(413);
        assertErrorShape(response);
        assertThat(log.head()).isEqualTo(before);
    }

    @Test
    void refusesBodiesNestedDeeperThanThirtyTwoLevels() {
        String deep = "{\"name\": \"deep\", \"variables\": {\"a\": " + "[".repeat(31) + "]".repeat(31) + "}}";
        assertRefusedWithoutChange(() -> api.post("/v1/clouds", deep), 400,
                "The request body nests objects and arrays more than 32 levels deep.");
        assertRefusedWithoutChange(() -> api.put("/v1/clouds/" + cloudId + "/variables",
                        "{\"a\": " + "{\"b\": ".repeat(32) + "1" + "}".repeat(32) + "}"), 400,
                "The request body nests objects and arrays more than 32 levels deep.");
        assertThat(api.put("/v1/clouds/" + cloudId + "/variables", "{\"a\": " + "[".repeat(31) + "]".repeat(31) + "}")
                .status()).as("32 levels").isEqualTo(200);
    }

    @Test
    void refusesMoreThanAThousandVariablesInOneRequest() {
        assertRefusedWithoutChange(() -> api.put("/v1/clouds/" + cloudId + "/variables", variables(1001)), 400,
                "The request included the following errors:\n- 1001 variables are too many (at most 1000 in one request)");
        assertRefusedWithoutChange(() -> api.post("/v1/clouds",
                        "{\"name\": \"many\", \"variables\": " + variables(1001) + "}"), 400,
                "The request included the following errors:\n"
                        + "- 'variables': 1001 variables are too many (at most 1000 in one request)");
        assertThat(api.put("/v1/clouds/" + cloudId + "/variables", variables(1000)).status()).isEqualTo(200);
    }

    @Test
    void refusesVariableKeysOverTwoHundredFiftyFiveCharacters() {
        String key = "k".repeat(256);
        assertRefusedWithoutChange(() -> api.put("/v1/clouds/" + cloudId + "/variables", "{\"" + key + "\": 1}"), 400,
                "The request included the following errors:\n- variable key '" + "k".repeat(60)
                        + "...' is too long (at most 255 characters)");
    }

    @Test
    void refusesTheNulCharacterThatNoColumnCanHold() {
        String inBody = "The request body contains the character U+0000, which cannot be stored.";
        assertRefusedWithoutChange(() -> api.post("/v1/clouds", "{\"name\": \"a\\u0000b\"}"), 400, inBody);
        assertRefusedWithoutChange(() -> api.put("/v1/clouds/" + cloudId + "/variables",
                "{\"k\\u0000\": 1}"), 400, inBody);
        assertRefusedWithoutChange(() -> api.put("/v1/clouds/" + cloudId + "/variables",
                "{\"k\": [{\"deep\": \"\\u0000\"}]}"), 400, inBody);
        assertRefused(api.get("/v1/clouds?name=a%00"), 400,
                "The query string contains the character U+0000, which cannot be stored.");
    }

    @Test
    void refusesUnpairedSurrogatesThatWouldBeStoredAltered() {
        String inBody = "The request body contains an unpaired UTF-16 surrogate (a \\uD800 to \\uDFFF escape "
                + "without its other half), which is not a character and cannot be stored.";
        assertRefusedWithoutChange(() -> api.post("/v1/clouds", "{\"name\": \"a\\uDC00b\"}"), 400, inBody);
        assertRefusedWithoutChange(() -> api.put("/v1/clouds/" + cloudId + "/variables",
                "{\"k\": [{\"deep\": \"\\uDE00\\uD83D\"}]}"), 400, inBody);
        // in a key, the parser itself refuses some: the message may be the one for malformed JSON
        assertThat(api.put("/v1/clouds/" + cloudId + "/variables", "{\"k\\uDFFF\": 1}").status()).isEqualTo(400);
        ApiResponse paired = api.put("/v1/clouds/" + cloudId + "/variables", "{\"k\": \"\\uD83D\\uDE00\"}");
        assertThat(paired.status()).as("a pair is one character").isEqualTo(200);
        assertThat(api.get("/v1/clouds/" + cloudId + "/variables").json().get("variables").get("k").stringValue())
                .isEqualTo("\uD83D\uDE00");
    }

    @Test
    void answersRequestsTheContainerRefusesInTheErrorFormat() {
        Map<String, String> headers = Map.of("X-Auth-Project", api.header("X-Auth-Project"),
                "X-Auth-User", api.header("X-Auth-User"), "X-Auth-Token", api.header("X-Auth-Token"));
        List<ApiResponse> refused = List.of(
                RawHttp.send(port, "GET", "/v1/clouds?name=a b|\u00e9", headers, new byte[0]),
                RawHttp.send(port, "GET", "/v1/clouds/%2F..%2F1", headers, new byte[0]),
                RawHttp.send(port, "GET", "/v1/clouds", Map.of("X-Change-Note", "a\u0000b"), new byte[0]));
        for (ApiResponse response : refused) {
            assertRefused(response, 400, JsonBodies.MALFORMED);
        }
    }

    @Test
    void refusesChangeNotesOverAThousandCharacters() {
        assertRefusedWithoutChange(() -> api.with("X-Change-Note", "n".repeat(1001))
                        .put("/v1/clouds/" + cloudId, "{\"note\": \"changed\"}"), 400,
                "The X-Change-Note header is longer than 1000 characters.");
        assertThat(api.with("X-Change-Note", "n".repeat(1000)).put("/v1/clouds/" + cloudId, "{\"note\": \"ok\"}")
                .status()).isEqualTo(200);
    }

    @Test
    void refusesUnknownAndMalformedQueryParameters() {
        assertRefused(api.get("/v1/clouds?colour=blue"), 400,
                "The request included the following errors:\n- Additional properties are not allowed ('colour' was unexpected)");
        assertRefused(api.get("/v1/clouds?id=abc"), 400,
                "The request included the following errors:\n- 'id': 'abc' is not of type 'integer'");
        assertRefused(api.get("/v1/clouds?limit=5"), 400,
                "The request included the following errors:\n- 'limit': 5 is less than the minimum of 10");
        assertRefused(api.get("/v1/clouds?limit=200"), 400,
                "The request included the following errors:\n- 'limit': 200 is greater than the maximum of 100");
        assertRefused(api.get("/v1/clouds?sort_dir=up"), 400,
                "The request included the following errors:\n- 'sort_dir': 'up' is not one of ['asc', 'desc']");
        assertRefused(api.get("/v1/clouds/" + cloudId + "?details=true"), 400,
                "The request included the following errors:\n- Additional properties are not allowed ('details' was unexpected)");
        assertRefusedWithoutChange(() -> api.post("/v1/clouds?dry_run=true", "{\"name\": \"q\"}"), 400,
                "The request included the following errors:\n- Additional properties are not allowed ('dry_run' was unexpected)");
        assertRefusedWithoutChange(() -> api.delete("/v1/clouds/" + cloudId + "?recursive=yes"), 400,
                "The request included the following errors:\n- Additional properties are not allowed ('recursive' was unexpected)");
        assertRefused(api.get("/v1/clouds?min_position=soon"), 400,
                "The request included the following errors:\n- 'min_position': 'soon' is not of type 'integer'");
    }

    @Test
    void answersUnknownUrlsAndWrongMethodsInTheErrorFormat() {
        assertRefused(api.get("/v1/nowhere"), 404, "The requested URL was not found on the server.  "
                + "If you entered the URL manually please check your spelling and try again.");
        assertThat(api.get("/v1/clouds/").status()).isEqualTo(404);
        assertThat(api.get("/v1/clouds/abc").status()).isEqualTo(404);
        ApiResponse wrongMethod = api.send("PATCH", "/v1/clouds/" + cloudId, "{}", "application/json");
        assertRefused(wrongMethod, 405, "The method is not allowed for the requested URL.");
        assertThat(wrongMethod.header("Allow")).contains("GET").contains("PUT").contains("DELETE");
    }

    @Test
    void echoesTheRequestIdOnErrorsToo() {
        ApiResponse response = api.with("X-Request-ID", "trace-42").get("/v1/clouds?colour=blue");
        assertThat(response.header("X-Request-ID")).isEqualTo("trace-42");
        assertThat(response.header("x-openstack-request-id")).as("as Craton answered it").isEqualTo("trace-42");
    }

    private static String variables(int count) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ", ").append("\"v").append(i).append("\": ").append(i);
        }
        return json.append('}').toString();
    }

    private void assertRefusedWithoutChange(java.util.function.Supplier<ApiResponse> request, int status,
                                            String message) {
        long before = log.head();
        assertRefused(request.get(), status, message);
        assertThat(log.head()).as("no event appended").isEqualTo(before);
    }

    private static void assertRefused(ApiResponse response, int status, String message) {
        assertThat(response.status()).isEqualTo(status);
        assertErrorShape(response);
        assertThat(response.json().get("message").stringValue()).isEqualTo(message);
    }

    private static void assertErrorShape(ApiResponse response) {
        JsonNode body = response.json();
        assertThat(body).as("JSON error body").isNotNull();
        List<String> keys = new ArrayList<>();
        body.propertyNames().forEach(keys::add);
        assertThat(keys).containsExactlyInAnyOrder("status", "message");
        assertThat(body.get("status").intValue()).isEqualTo(response.status());
        assertThat(response.header("Content-Type")).startsWith("application/json");
    }
}
