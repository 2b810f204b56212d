package org.fleetledger.gateway.http;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class JsonNestingTest {

    @Test
    void countsObjectsAndArraysInsideEachOther() {
        assertThat(JsonNesting.deeperThan(bytes("{\"a\": [1, {\"b\": []}]}"), 4)).isFalse();
        assertThat(JsonNesting.deeperThan(bytes("{\"a\": [1, {\"b\": [[]]}]}"), 4)).isTrue();
    }

    @Test
    void countsSiblingsOnce() {
        assertThat(JsonNesting.deeperThan(bytes("[[], [], {}, [{}]]"), 3)).isFalse();
    }

    @Test
    void ignoresBracketsInsideStrings() {
        assertThat(JsonNesting.deeperThan(bytes("{\"[[[[\": \"{{{{\\\"[[[[\"}"), 1)).isFalse();
        assertThat(JsonNesting.deeperThan(bytes("[\"\\\\\", [[]]]"), 2)).as("an escaped backslash ends no string")
                .isTrue();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
