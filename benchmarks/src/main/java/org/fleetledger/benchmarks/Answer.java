package org.fleetledger.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One answer of the service: its status, its headers (names in lower case, each with its values in the
 * order they came) and its body as text.
 */
record Answer(int status, Map<String, List<String>> headers, String body) {

    Answer {
        headers = headers.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, header -> List.copyOf(header.getValue())));
    }

    /** The first value of a header, if the answer has it. */
    Optional<String> header(String name) {
        return values(name).stream().findFirst();
    }

    /** Every value of a header, none when the answer does not have it. */
    List<String> values(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }
}
