package org.fleetledger.gateway.config;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Requests run on virtual threads by default where the JDK no longer pins a virtual thread to its
 * carrier inside {@code synchronized} code: from JDK 24 (ADR 0056). On an older JDK they keep Tomcat's
 * pool of platform threads. The default has the lowest precedence, so
 * {@code SPRING_THREADS_VIRTUAL_ENABLED} (or the property) still decides either way.
 */
public final class VirtualRequestThreads implements EnvironmentPostProcessor {

    static final String PROPERTY = "spring.threads.virtual.enabled";
    static final int FIRST_JDK_WITHOUT_PINNING = 24;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("fleet-request-threads",
                Map.of(PROPERTY, onByDefault(Runtime.version().feature()))));
    }

    static boolean onByDefault(int jdkFeatureRelease) {
        return jdkFeatureRelease >= FIRST_JDK_WITHOUT_PINNING;
    }
}
