package org.fleetledger.query.progress;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.EventTrackerStatusChangeListener;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/**
 * Every projection runs in its own tracking processor: one thread, one segment (so its position is a
 * single number), its token stored in the transaction of its rows. A failing handler stops its
 * processor, which retries, instead of silently skipping the event. A processor without a token starts
 * at the beginning of the log with a plain token: Axon's default would wrap it in a replay token, which
 * the token store's serializer cannot read back.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionProcessorsConfiguration {

    @Bean
    ConfigurerModule projectionProcessors(ObjectProvider<ReadModelProgress> progress,
                                          @Value("${fleet.projections.batch-size:200}") int batchSize) {
        EventTrackerStatusChangeListener wakeWaiters = new EventTrackerStatusChangeListener() {
            @Override
            public void onEventTrackerStatusChange(Map<Integer, EventTrackerStatus> updatedTrackerStatus) {
                progress.getObject().positionMoved();
            }

            @Override
            public boolean validatePositions() {
                return true;
            }
        };
        return configurer -> {
            var processing = configurer.eventProcessing();
            processing.registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
            for (String group : ReadModels.ALL) {
                processing.registerTrackingEventProcessor(group, c -> c.eventStore(),
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(batchSize)
                                .andInitialTrackingToken(StreamableMessageSource::createTailToken)
                                .andEventTrackerStatusChangeListener(wakeWaiters));
            }
        };
    }
}
