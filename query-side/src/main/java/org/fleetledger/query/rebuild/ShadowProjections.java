package org.fleetledger.query.rebuild;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.jooq.DSLContext;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A second set of the projections, writing through a {@link DSLContext} of their own (the rebuild's
 * connection, whose search path puts the shadow schema first). They are made from the same classes as
 * the live ones, in a child context, so that a rebuild runs exactly the handlers the live read models
 * run; Axon does not see them, so they never receive live events. A rebuild makes one set per lane
 * ({@link ReplayLane}), each with some of the projections.
 */
final class ShadowProjections implements AutoCloseable {

    private final AnnotationConfigApplicationContext context;
    private final List<AnnotationEventHandlerAdapter> handlers = new ArrayList<>();
    private final List<BulkReplay> bulkComponents;
    private final List<PartedPass> partedPasses;

    /**
     * The projections of the processing groups {@code groups} accepts. The components they write through
     * are registered lazily, so that a set holds only those its projections use: a component's work at
     * the end of a batch or of the replay runs in the set whose connection wrote its rows.
     */
    ShadowProjections(ApplicationContext live, DSLContext shadowDb, Predicate<String> groups) {
        context = new AnnotationConfigApplicationContext();
        context.setParent(live);
        context.registerBean("shadowDsl", DSLContext.class, () -> shadowDb, definition -> definition.setPrimary(true));
        List<Class<?>> projections = live.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                .<Class<?>>map(AopUtils::getTargetClass)
                .filter(type -> groups.test(AnnotationUtils.findAnnotation(type, ProcessingGroup.class).value()))
                .toList();
        projections.forEach(type -> context.registerBean(type));
        helpersOf(live).forEach(type -> context.registerBean(type, definition -> definition.setLazyInit(true)));
        context.refresh();
        projections.forEach(type -> handlers.add(new AnnotationEventHandlerAdapter(context.getBean(type))));
        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        bulkComponents = made(beans, BulkReplay.class);
        partedPasses = made(beans, PartedPass.class);
    }

    /** The components of a type that the projections made: those nothing used were never instantiated. */
    private static <T> List<T> made(ConfigurableListableBeanFactory beans, Class<T> type) {
        return Arrays.stream(beans.getBeanNamesForType(type))
                .filter(beans::containsSingleton)
                .map(name -> beans.getBean(name, type))
                .toList();
    }

    /** The components' work at the end of the replay that runs in parts, side by side ({@link PartedPass}). */
    List<PartedPass> partedPasses() {
        return partedPasses;
    }

    /** Lets the projections' components leave per-event work for one pass at the end ({@link BulkReplay}). */
    void beginBulkReplay() {
        bulkComponents.forEach(BulkReplay::beginBulkReplay);
    }

    /** Does the work left since {@link #beginBulkReplay}; from then on, event by event again. */
    void endBulkReplay() {
        bulkComponents.forEach(BulkReplay::endBulkReplay);
    }

    /**
     * Hands a run of events to every projection that handles them, one projection after the other:
     * each projection sees the events in log order, and its statements follow each other, so that
     * consecutive ones of the same kind travel as one JDBC batch. The projections own disjoint tables,
     * so their order among themselves does not matter.
     * <p>
     * The run is one unit of work, as a processor's batch is: what the projections' components hold
     * until a batch commits (new devices' rows, their first versions, new nodes of the resolution tree)
     * is written at its end, many rows to a round trip, instead of one row at a time (ADR 0058).
     */
    void handle(List<? extends EventMessage<?>> events) throws Exception {
        UnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(List.<EventMessage<?>>copyOf(events));
        batch.start();
        try {
            for (AnnotationEventHandlerAdapter handler : handlers) {
                for (EventMessage<?> event : events) {
                    if (handler.canHandle(event)) {
                        handler.handle(event);
                    }
                }
            }
            bulkComponents.forEach(BulkReplay::endOfBatch);
        } catch (Exception | Error e) {
            batch.rollback(e);
            throw e;
        }
        // what the components held through the run (HeldUntilCommit) is written now, before the lane commits
        batch.commit();
    }

    /** The components projections write through ({@link ShadowWriter}), which need shadow instances too. */
    private static List<Class<?>> helpersOf(ApplicationContext live) {
        return live.getBeansWithAnnotation(ShadowWriter.class).values().stream()
                .<Class<?>>map(AopUtils::getTargetClass)
                .toList();
    }

    @Override
    public void close() {
        context.close();
    }
}
