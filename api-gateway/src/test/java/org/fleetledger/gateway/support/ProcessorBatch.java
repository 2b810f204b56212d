package org.fleetledger.gateway.support;

import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work run as a tracking processor runs a batch: in a transaction, within a unit of work, so that what
 * a projection's components hold until the batch commits is written, or forgotten, as a live batch's is.
 */
public final class ProcessorBatch {

    private ProcessorBatch() {
    }

    /** Runs {@code work} in a batch that commits. */
    public static void commits(PlatformTransactionManager transactions, Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
            try {
                work.run();
            } finally {
                batch.commit();
            }
        });
    }

    /** Runs {@code work} in a batch that rolls back. */
    public static void rollsBack(PlatformTransactionManager transactions, Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
            work.run();
            batch.rollback();
        });
    }
}
