package org.fleetledger.gateway.http;

import jakarta.servlet.http.HttpServletRequest;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The query parameters an endpoint accepts, with Craton's parsing rules: the first value of a repeated
 * parameter wins; integers must parse (400 otherwise, where Craton answered 500); booleans are false
 * only for "", "0", "n", "no" and "false"; declared defaults are filled in; anything undeclared is a 400.
 * {@code min_position} is accepted everywhere: it is about consistency, not about the resource.
 */
public final class QuerySpec {

    public static final String MIN_POSITION = "min_position";
    static final Set<String> FALSE_WORDS = Set.of("", "0", "n", "no", "false");

    enum Kind { STRING, INTEGER, BOOLEAN, SORT_DIR, UUID_TEXT, TIME }

    record Param(String name, Kind kind, Object defaultValue, Integer min, Integer max) {
    }

    private final Map<String, Param> params;

    private QuerySpec(Map<String, Param> params) {
        this.params = params;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** An endpoint that takes no parameters at all. */
    public static QuerySpec none() {
        return new Builder().build();
    }

    public Query parse(HttpServletRequest request) {
        List<String> problems = new ArrayList<>();
        Set<String> unexpected = new TreeSet<>();
        Map<String, String> sent = QueryString.parse(request);
        for (String name : sent.keySet()) {
            if (!params.containsKey(name) && !name.equals(MIN_POSITION)) {
                unexpected.add(name);
            }
        }
        if (!unexpected.isEmpty()) {
            problems.add(BodySchema.additionalProperties(unexpected));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Param param : params.values()) {
            String raw = sent.get(param.name());
            if (raw == null) {
                if (param.defaultValue() != null) {
                    values.put(param.name(), param.defaultValue());
                }
                continue;
            }
            Object value = convert(param, raw, problems);
            if (value != null) {
                values.put(param.name(), value);
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.validation(problems);
        }
        return new Query(values);
    }

    private static Object convert(Param param, String text, List<String> problems) {
        String prefix = "'" + param.name() + "': ";
        return switch (param.kind()) {
            case STRING -> text;
            case UUID_TEXT -> {
                try {
                    yield UUID.fromString(text);
                } catch (IllegalArgumentException e) {
                    problems.add(prefix + JsonValues.quote(text) + " is not a valid UUID");
                    yield null;
                }
            }
            case BOOLEAN -> !FALSE_WORDS.contains(text.toLowerCase());
            case TIME -> {
                try {
                    yield OffsetDateTime.parse(text.trim());
                } catch (DateTimeParseException e) {
                    problems.add(prefix + JsonValues.quote(text) + " is not an RFC 3339 date-time");
                    yield null;
                }
            }
            case SORT_DIR -> {
                if (text.equals("asc") || text.equals("desc")) {
                    yield text;
                }
                problems.add(prefix + JsonValues.quote(text) + " is not one of ['asc', 'desc']");
                yield null;
            }
            case INTEGER -> {
                long number;
                try {
                    number = Long.parseLong(text.trim());
                } catch (NumberFormatException e) {
                    problems.add(prefix + JsonValues.quote(text) + " is not of type 'integer'");
                    yield null;
                }
                if (param.min() != null && number < param.min()) {
                    problems.add(prefix + number + " is less than the minimum of " + param.min());
                    yield null;
                }
                if (param.max() != null && number > param.max()) {
                    problems.add(prefix + number + " is greater than the maximum of " + param.max());
                    yield null;
                }
                yield number;
            }
        };
    }

    /** Parsed parameters in declaration order, defaults included. */
    public record Query(Map<String, Object> values) {

        public boolean has(String name) {
            return values.containsKey(name);
        }

        public String string(String name) {
            return (String) values.get(name);
        }

        public OffsetDateTime time(String name) {
            return (OffsetDateTime) values.get(name);
        }

        public Long integer(String name) {
            return (Long) values.get(name);
        }

        public boolean bool(String name) {
            return Boolean.TRUE.equals(values.get(name));
        }

        /** The sort keys, split on commas and spaces as Craton does. */
        public List<String> sortKeys() {
            return Arrays.stream(string(Pagination.SORT_KEYS).split("[,\\s]+"))
                    .filter(key -> !key.isEmpty())
                    .toList();
        }
    }

    public static final class Builder {
        private final Map<String, Param> params = new LinkedHashMap<>();

        public Builder string(String name) {
            params.put(name, new Param(name, Kind.STRING, null, null, null));
            return this;
        }

        public Builder integer(String name) {
            params.put(name, new Param(name, Kind.INTEGER, null, null, null));
            return this;
        }

        /** An RFC 3339 date-time with its offset ({@code 2026-11-29T10:00:00Z}). */
        public Builder time(String name) {
            params.put(name, new Param(name, Kind.TIME, null, null, null));
            return this;
        }

        public Builder bool(String name, Boolean defaultValue) {
            params.put(name, new Param(name, Kind.BOOLEAN, defaultValue, null, null));
            return this;
        }

        /** Paging whose {@code marker} is a UUID (projects). */
        public Builder paginatedByUuid() {
            paginated();
            params.put(Pagination.MARKER, new Param(Pagination.MARKER, Kind.UUID_TEXT, null, null, null));
            return this;
        }

        /** Paging along the ledger: {@code limit} as Craton's, {@code marker} the position after which a page starts. */
        public Builder paginatedByPosition() {
            params.put(Pagination.LIMIT, new Param(Pagination.LIMIT, Kind.INTEGER, 30L,
                    Pagination.MIN_LIMIT, Pagination.MAX_LIMIT));
            params.put(Pagination.MARKER, new Param(Pagination.MARKER, Kind.INTEGER, null, 0, null));
            return this;
        }

        /** {@code limit}, {@code marker}, {@code sort_keys} and {@code sort_dir}, with Craton's defaults. */
        public Builder paginated() {
            params.put(Pagination.SORT_KEYS, new Param(Pagination.SORT_KEYS, Kind.STRING, "created_at,id", null, null));
            params.put(Pagination.SORT_DIR, new Param(Pagination.SORT_DIR, Kind.SORT_DIR, "asc", null, null));
            params.put(Pagination.LIMIT, new Param(Pagination.LIMIT, Kind.INTEGER, 30L,
                    Pagination.MIN_LIMIT, Pagination.MAX_LIMIT));
            params.put(Pagination.MARKER, new Param(Pagination.MARKER, Kind.INTEGER, null, null, null));
            return this;
        }

        public QuerySpec build() {
            return new QuerySpec(Collections.unmodifiableMap(new LinkedHashMap<>(params)));
        }
    }
}
