package org.fleetledger.command.ledger;

import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AggregateCacheTest {

    @Test
    void letsTheAggregateUsedLongestAgoGoFirst() {
        AggregateCache cache = new AggregateCache(2);
        cache.put("a", "A");
        cache.put("b", "B");
        assertThat((String) cache.get("a")).isEqualTo("A"); // "b" is now the one used longest ago
        cache.put("c", "C");

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.containsKey("b")).isFalse();
        assertThat((String) cache.get("a")).isEqualTo("A");
        assertThat((String) cache.get("c")).isEqualTo("C");
    }

    @Test
    void replacesRemovesAndTellsItsListeners() {
        AggregateCache cache = new AggregateCache(1);
        List<String> heard = new ArrayList<>();
        var registration = cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                heard.add("created " + key);
            }

            @Override
            public void onEntryUpdated(Object key, Object value) {
                heard.add("updated " + key);
            }

            @Override
            public void onEntryRemoved(Object key) {
                heard.add("removed " + key);
            }

            @Override
            public void onEntryExpired(Object key) {
                heard.add("expired " + key);
            }
        });

        cache.put("a", "A1");
        cache.put("a", "A2");
        assertThat(cache.putIfAbsent("a", "A3")).isFalse();
        cache.put("b", "B");
        assertThat(cache.remove("b")).isTrue();
        assertThat(cache.remove("b")).isFalse();
        registration.cancel();
        cache.put("c", "C");

        // the aggregate used longest ago leaves as the new one comes in
        assertThat(heard).containsExactly("created a", "updated a", "expired a", "created b", "removed b");
        assertThat((String) cache.get("c")).isEqualTo("C");
    }
}
