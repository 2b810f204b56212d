package org.fleetledger.gateway.bootstrap;

import org.fleetledger.gateway.FleetLedgerApplication;
import org.fleetledger.gateway.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Spec section 3: the bootstrap project and root user, generated or configured, and idempotent. */
@ExtendWith(OutputCaptureExtension.class)
class BootstrapTest {

    private static final Pattern PROJECT = Pattern.compile("Project: +([0-9a-f-]{36})");
    private static final Pattern KEY = Pattern.compile("Root key: +([0-9a-f]{32})");

    @TempDir
    Path dataDir;

    @Test
    void generatesAKeyOnceThenKeepsEverythingOnRestart(CapturedOutput output) {
        UUID project;
        String key;
        try (ConfigurableApplicationContext first = start()) {
            project = UUID.fromString(find(PROJECT, output.getOut()));
            key = find(KEY, output.getOut());
            assertThat(client(first, project, "bootstrap", key).get("/v1/clouds").status()).isEqualTo(200);
        }
        int printedBefore = count(KEY, output.getOut());
        try (ConfigurableApplicationContext second = start()) {
            assertThat(count(KEY, output.getOut())).as("no new key on restart").isEqualTo(printedBefore);
            assertThat(client(second, project, "bootstrap", key).get("/v1/clouds").status()).isEqualTo(200);
            Bootstrap.Outcome again = second.getBean(Bootstrap.class).ensure();
            assertThat(again.projectId()).isEqualTo(project);
            assertThat(again.generatedKey()).isNull();
        }
        assertThat(output.getAll()).as("the key never reaches the log lines")
                .doesNotContainPattern("(INFO|WARN|ERROR|DEBUG).*" + key);
    }

    @Test
    void takesConfiguredValuesAndReplacesTheKeyWhenTheConfigurationChanges() {
        UUID project = UUID.randomUUID();
        String firstKey = "11111111111111111111111111111111";
        String secondKey = "22222222222222222222222222222222";
        try (ConfigurableApplicationContext first = start("--fleet.bootstrap.project-id=" + project,
                "--fleet.bootstrap.root-user=admin", "--fleet.bootstrap.root-key=" + firstKey)) {
            assertThat(client(first, project, "admin", firstKey).get("/v1/clouds").status()).isEqualTo(200);
        }
        try (ConfigurableApplicationContext second = start("--fleet.bootstrap.project-id=" + project,
                "--fleet.bootstrap.root-user=admin", "--fleet.bootstrap.root-key=" + secondKey)) {
            assertThat(client(second, project, "admin", secondKey).get("/v1/clouds").status()).isEqualTo(200);
            assertThat(client(second, project, "admin", firstKey).get("/v1/clouds").status()).isEqualTo(401);
        }
    }

    private ConfigurableApplicationContext start(String... extra) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--fleet.data-dir=" + dataDir, "--fleet.db.url=", "--fleet.kafka.enabled=false"));
        args.addAll(List.of(extra));
        // unset settings must be given as empty, or values from the environment would apply
        for (String setting : List.of("--fleet.bootstrap.project-id=", "--fleet.bootstrap.root-key=")) {
            if (args.stream().noneMatch(arg -> arg.startsWith(setting))) {
                args.add(setting);
            }
        }
        return new SpringApplicationBuilder(FleetLedgerApplication.class).run(args.toArray(String[]::new));
    }

    private static ApiClient client(ConfigurableApplicationContext context, UUID project, String user, String key) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return ApiClient.as(port, project, user, key);
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("banner line " + pattern).isTrue();
        return matcher.group(1);
    }

    private static int count(Pattern pattern, String text) {
        return (int) pattern.matcher(text).results().count();
    }
}
