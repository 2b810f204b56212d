package org.fleetledger.query.rebuild;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.jooq.DSLContext;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;

import java.util.ArrayList;
import java.util.List;

/**
 * A second set of the projections, writing through a {@link DSLContext} of their own (the rebuild's
 * connection, whose search path puts the shadow schema first). They are made from the same classes as
 * the live ones, in a child context, so that a rebuild runs exactly the handlers the live read models
 * run; Axon does not see them, so they never receive live events.
 */
final class ShadowProjections implements AutoCloseable {

    private final AnnotationConfigApplicationContext context;
    private final List<AnnotationEventHandlerAdapter> handlers = new ArrayList<>();
    private final List<BulkReplay> bulkComponents;

    ShadowProjections(ApplicationContext live, DSLContext shadowDb) {
        context = new AnnotationConfigApplicationContext();
        context.setParent(live);
        context.registerBean("shadowDsl", DSLContext.class, () -> shadowDb, definition -> definition.setPrimary(true));
        List<Class<?>> projections = live.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                .<Class<?>>map(AopUtils::getTargetClass)
                .toList();
        projections.forEach(type -> context.registerBean(type));
        helpersOf(live).forEach(type -> context.registerBean(type));
        context.refresh();
        projections.forEach(type -> handlers.add(new AnnotationEventHandlerAdapter(context.getBean(type))));
        List<BulkReplay> bulk = new ArrayList<>(context.getBeansOfType(BulkReplay.class).values());
        AnnotationAwareOrderComparator.sort(bulk);
        bulkComponents = List.copyOf(bulk);
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
     */
    void handle(List<? extends EventMessage<?>> events) throws Exception {
        for (AnnotationEventHandlerAdapter handler : handlers) {
            for (EventMessage<?> event : events) {
                if (handler.canHandle(event)) {
                    handler.handle(event);
                }
            }
        }
        bulkComponents.forEach(BulkReplay::endOfBatch);
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
