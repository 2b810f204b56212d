package org.fleetledger.gateway.bootstrap;

import org.fleetledger.gateway.config.FleetProperties;
import org.fleetledger.gateway.kafka.KafkaBroker;
import org.fleetledger.gateway.kafka.KafkaProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;

/**
 * Runs the bootstrap once the server listens, then prints where the service is and how to reach it.
 * A generated root key appears here once and nowhere else.
 */
@Component
class StartupBanner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final Bootstrap bootstrap;
    private final WebServerApplicationContext context;
    private final Environment environment;
    private final FleetProperties properties;
    private final KafkaProperties kafka;
    private final ObjectProvider<KafkaBroker> kafkaBroker;

    StartupBanner(Bootstrap bootstrap, WebServerApplicationContext context, Environment environment,
                  FleetProperties properties, KafkaProperties kafka, ObjectProvider<KafkaBroker> kafkaBroker) {
        this.kafka = kafka;
        this.kafkaBroker = kafkaBroker;
        this.bootstrap = bootstrap;
        this.context = context;
        this.environment = environment;
        this.properties = properties;
    }

    /**
     * Where consumers attach, or why there is nothing to attach to. The embedded broker started beside
     * the rest of the service: it runs when this answers, or the start fails here.
     */
    private String changeStream() {
        KafkaBroker broker = kafkaBroker.getIfAvailable();
        if (broker == null) {
            return "off (FLEET_KAFKA_ENABLED=false)";
        }
        broker.awaitStarted();
        return broker.bootstrapServers() + ", topic " + kafka.topic()
                + (broker.isEmbedded() ? " (embedded broker, data in "
                + properties.dataDir().resolve("kafka").toAbsolutePath() + ")" : "");
    }

    @Override
    public void run(ApplicationArguments args) {
        Bootstrap.Outcome outcome = bootstrap.ensure();
        String address = environment.getProperty("server.address", "127.0.0.1");
        String url = "http://" + address + ":" + context.getWebServer().getPort();
        StringBuilder banner = new StringBuilder()
                .append("\n\n  Fleet Ledger is ready")
                .append("   (started in ").append(ManagementFactory.getRuntimeMXBean().getUptime()).append(" ms)")
                .append("\n    API:        ").append(url).append("/v1")
                .append("\n    Docs:       ").append(url).append("/swagger-ui.html")
                .append("\n    Database:   ").append(properties.db().external() ? "external (FLEET_DB_URL)"
                        : "embedded PostgreSQL, data in " + properties.dataDir().resolve("pg").toAbsolutePath())
                .append("\n    Kafka:      ").append(changeStream())
                .append("\n    Project:    ").append(outcome.projectId())
                .append("\n    Root user:  ").append(outcome.rootUser());
        if (outcome.generatedKey() != null) {
            banner.append("\n    Root key:   ").append(outcome.generatedKey())
                    .append("   (generated now and shown only this once: keep it)");
        }
        banner.append("\n\n    curl -H 'X-Auth-Project: ").append(outcome.projectId())
                .append("' -H 'X-Auth-User: ").append(outcome.rootUser())
                .append("' -H 'X-Auth-Token: <root key>' ").append(url).append("/v1/clouds\n");
        // The banner goes to standard output rather than the log, so a generated key is never kept in log files.
        System.out.println(banner);
        log.info("Fleet Ledger ready at {} (project {}, root user {})", url, outcome.projectId(), outcome.rootUser());
    }
}
