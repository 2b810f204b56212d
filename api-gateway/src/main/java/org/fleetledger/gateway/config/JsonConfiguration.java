package org.fleetledger.gateway.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Response timestamps: RFC 3339 in UTC with a {@code Z} and always six fractional digits. */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    static final DateTimeFormatter RFC_3339_MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    @Bean
    SimpleModule fleetTimestamps() {
        SimpleModule module = new SimpleModule("fleet-timestamps");
        module.addSerializer(OffsetDateTime.class, new ValueSerializer<>() {
            @Override
            public void serialize(OffsetDateTime value, JsonGenerator generator, SerializationContext context) {
                generator.writeString(RFC_3339_MICROS.format(value.withOffsetSameInstant(ZoneOffset.UTC)));
            }
        });
        return module;
    }
}
