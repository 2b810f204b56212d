package org.fleetledger.query.search;

import org.fleetledger.query.support.QueryRejectedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code vars} query parameter: clauses separated by commas, each a path and a JSON value
 * separated by the first colon. A path is a top-level key (an identifier or a JSON string), an
 * optional {@code [N]} or {@code [*]}, then legs {@code .name}, {@code ."name"} or {@code .*}, each
 * with an optional index. Anything else is a client error, as are values that are not JSON.
 */
public final class VarsFilterParser {

    public static final String INVALID_PATH = "The query contains an invalid JSON Path expression.";
    public static final String INVALID_VALUE = "An invalid JSON value was specified.";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final String text;
    private int at;

    private VarsFilterParser(String text) {
        this.text = text;
    }

    /** The clauses of {@code vars}, in order; of two clauses with one path the later is kept. */
    public static List<VarsClause> parse(String vars) {
        if (vars == null || vars.isEmpty()) {
            throw new QueryRejectedException("The vars filter is empty; give at least one path:value clause.");
        }
        Map<String, VarsClause> byPath = new LinkedHashMap<>();
        for (String clause : vars.split(",", -1)) {
            int colon = clause.indexOf(':');
            if (colon < 0) {
                throw new QueryRejectedException("The vars clause '" + clause
                        + "' has no colon; write it as path:value, for example foo.bar:\"baz\".");
            }
            // the path first: a slice such as foo[1:3] is a bad path, whatever follows its colon
            VarsClause path = new VarsFilterParser(clause.substring(0, colon)).path();
            VarsClause parsed = new VarsClause(path.key(), path.legs(), value(clause.substring(colon + 1)));
            byPath.remove(parsed.pathIdentity());
            byPath.put(parsed.pathIdentity(), parsed);
        }
        return List.copyOf(byPath.values());
    }

    private static JsonNode value(String text) {
        try {
            JsonNode value = JSON.readTree(text);
            if (value == null || value.isMissingNode()) {
                throw new QueryRejectedException(INVALID_VALUE);
            }
            return value;
        } catch (JacksonException e) {
            throw new QueryRejectedException(INVALID_VALUE);
        }
    }

    /** The key and legs, with a null value for now. */
    private VarsClause path() {
        String key = name();
        List<PathLeg> legs = new ArrayList<>();
        index(legs);
        while (at < text.length()) {
            expect('.');
            if (peek('*')) {
                at++;
                legs.add(new PathLeg.AnyMember());
            } else {
                legs.add(new PathLeg.Member(name()));
            }
            index(legs);
        }
        return new VarsClause(key, legs, null);
    }

    /** An optional {@code [N]} or {@code [*]}. */
    private void index(List<PathLeg> legs) {
        if (!peek('[')) {
            return;
        }
        at++;
        if (peek('*')) {
            at++;
            legs.add(new PathLeg.AnyIndex());
        } else {
            int start = at;
            while (at < text.length() && Character.isDigit(text.charAt(at)) && text.charAt(at) < 128) {
                at++;
            }
            if (at == start || at - start > 9) {
                throw invalidPath();
            }
            legs.add(new PathLeg.Index(Integer.parseInt(text.substring(start, at))));
        }
        expect(']');
    }

    /** An identifier or a JSON string. */
    private String name() {
        if (peek('"')) {
            return quoted();
        }
        int start = at;
        if (at < text.length() && isIdentifierStart(text.charAt(at))) {
            at++;
            while (at < text.length() && isIdentifierPart(text.charAt(at))) {
                at++;
            }
        }
        if (at == start) {
            throw invalidPath();
        }
        return text.substring(start, at);
    }

    /** A JSON string literal, escapes and all; it ends at the first unescaped quote. */
    private String quoted() {
        int start = at;
        at++;
        while (at < text.length() && text.charAt(at) != '"') {
            at += text.charAt(at) == '\\' ? 2 : 1;
        }
        if (at >= text.length()) {
            throw invalidPath();
        }
        at++;
        try {
            JsonNode name = JSON.readTree(text.substring(start, at));
            if (!name.isString() || name.stringValue().isEmpty()) {
                throw invalidPath();
            }
            return name.stringValue();
        } catch (JacksonException e) {
            throw invalidPath();
        }
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '$';
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || Character.isDigit(c);
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw invalidPath();
        }
        at++;
    }

    private static QueryRejectedException invalidPath() {
        return new QueryRejectedException(INVALID_PATH);
    }
}
