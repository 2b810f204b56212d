package org.fleetledger.command.ledger;

import org.fleetledger.gateway.support.ApiTest;
import org.jooq.DSLContext;
import org.jooq.Sequence;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ids drawn from a sequence a block at a time (ADR 0051), on the service's own PostgreSQL. */
class IdBlockTest extends ApiTest {

    @Autowired
    private DSLContext db;

    /** A sequence of the test's own, so that nothing else draws from it. */
    private Sequence<Long> newSequence() {
        String name = unique("id_block_test").replace('-', '_');
        db.createSequence(DSL.name(name)).execute();
        return DSL.sequence(DSL.name(name), SQLDataType.BIGINT);
    }

    private long lastDrawn(Sequence<Long> sequence) {
        return db.select(DSL.field(DSL.name("last_value"), Long.class)).from(DSL.table(sequence.getQualifiedName()))
                .fetchSingle().value1();
    }

    @Test
    void handsOutEachBlockInOrderAndDrawsItWithOneStatement() {
        Sequence<Long> sequence = newSequence();
        IdBlock block = new IdBlock(db, sequence, 5);

        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(block.next());
        }

        assertThat(ids).containsExactlyElementsOf(LongStream.rangeClosed(1, 12).boxed().toList());
        // three blocks of five drawn, and no more
        assertThat(lastDrawn(sequence)).isEqualTo(15);
    }

    @Test
    void givesTwoNodesBlocksOfTheirOwnWhoseIdsInterleave() {
        Sequence<Long> sequence = newSequence();
        IdBlock first = new IdBlock(db, sequence, 4);
        IdBlock second = new IdBlock(db, sequence, 4);

        assertThat(List.of(first.next(), second.next(), first.next(), second.next())).containsExactly(1L, 5L, 2L, 6L);
    }

    @Test
    void neverHandsOutAnIdTwiceToConcurrentCallers() throws Exception {
        IdBlock block = new IdBlock(db, newSequence(), 7);
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Long>>> taken = new ArrayList<>();
            for (int caller = 0; caller < 8; caller++) {
                taken.add(callers.submit(() -> {
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < 100; i++) {
                        ids.add(block.next());
                    }
                    return ids;
                }));
            }
            Set<Long> all = new HashSet<>();
            for (Future<List<Long>> ids : taken) {
                List<Long> one = ids.get();
                assertThat(one).isSorted().doesNotHaveDuplicates();
                all.addAll(one);
            }
            assertThat(all).hasSize(800).allMatch(id -> id >= 1 && id <= 805);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void refusesABlockOfNoIds() {
        assertThatThrownBy(() -> new IdBlock(db, newSequence(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
