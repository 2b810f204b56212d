package org.fleetledger.gateway.support;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Seeded generator of hostile request parts: JSON bodies of every shape and flaw, query strings,
 * header values and path ids. The same seed gives the same inputs, so a failure found once is found
 * again with {@code -Dfleet.fuzz.seed=<seed>}.
 */
public final class HostileInputs {

    /** The system property that fixes the seed; without it every run draws a new one. */
    public static final String SEED_PROPERTY = "fleet.fuzz.seed";

    private static final String[] STRINGS = {"", " ", "a", "zrh", "null", "true", "0", "-1", "1e999",
            "é", "日本語", "𝄞🚀", "\u202eevil", "\u0000", "\u0001\u001f", "\t\n\r", "\\", "\"", "'", "%00", "../..",
            "<script>", "${x}", "{{x}}", "' OR 1=1 --", "\ud800", "\udfff", "\ufeff", "\uffff", "a\u0000b"};
    private static final String[] NUMBERS = {"0", "-0", "1", "-1", "1.5", "1e3", "1E-7", "9223372036854775807",
            "9223372036854775808", "-9223372036854775809", "1e400", "-1e400", "123456789012345678901234567890",
            "0.1000000000000000000000000001", "2.2250738585072011e-308", "4.9e-324"};
    private static final String[] VARS_KEYS = {"a", "role", "tier", "ntp", "_x", "$y", "\"quoted key\"", "\"\"",
            "\"a.b\"", "9bad", "a-b", "é"};

    private final long seed;
    private final SplittableRandom random;

    public HostileInputs(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /** A generator seeded from {@value #SEED_PROPERTY}, or from a fresh random seed. */
    public static HostileInputs fromSystemProperty() {
        String fixed = System.getProperty(SEED_PROPERTY);
        return new HostileInputs(fixed == null || fixed.isBlank() ? new SplittableRandom().nextLong()
                : Long.parseLong(fixed.trim()));
    }

    public long seed() {
        return seed;
    }

    public int between(int from, int to) {
        return random.nextInt(from, to + 1);
    }

    public boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    @SafeVarargs
    public final <T> T oneOf(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    public <T> T oneOf(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    @SafeVarargs
    public final <T> T pick(Supplier<? extends T>... generators) {
        return generators[random.nextInt(generators.length)].get();
    }

    // ---- JSON ----

    /** Any JSON value, nested up to {@code depth} more levels. */
    public String json(int depth) {
        int kind = random.nextInt(depth <= 0 ? 4 : 6);
        return switch (kind) {
            case 0 -> oneOf("null", "true", "false");
            case 1 -> number();
            case 2, 3 -> string();
            case 4 -> array(depth - 1);
            default -> object(depth - 1);
        };
    }

    public String object(int depth) {
        int size = chance(90) ? between(0, 5) : between(6, 60);
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < size; i++) {
            json.append(i == 0 ? "" : ",").append(quote(key())).append(':').append(json(depth));
        }
        return json.append('}').toString();
    }

    String array(int depth) {
        int size = between(0, 5);
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            json.append(i == 0 ? "" : ",").append(json(depth));
        }
        return json.append(']').toString();
    }

    /** Nested arrays and objects around a scalar, {@code levels} deep. */
    public String nested(int levels) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            boolean object = chance(50);
            open.append(object ? "{\"k\":" : "[");
            close.insert(0, object ? '}' : ']');
        }
        return open + number() + close;
    }

    public String number() {
        return pick(() -> oneOf(NUMBERS), () -> Long.toString(random.nextLong()),
                () -> new BigInteger(between(1, 400), new java.util.Random(random.nextLong())).toString(),
                () -> random.nextDouble() + "e" + between(-400, 400));
    }

    /** A JSON string literal, escapes of every kind included. */
    public String string() {
        return quote(text());
    }

    public String text() {
        return pick(() -> oneOf(STRINGS), this::unicode, () -> "x".repeat(between(250, 260)),
                () -> oneOf(STRINGS) + unicode() + oneOf(STRINGS));
    }

    public String key() {
        return chance(80) ? oneOf("name", "note", "variables", "cloud_id", "region_id", "cell_id", "parent_id",
                "ip_address", "device_type", "labels", "active", "id", "a", "k") : text();
    }

    /** Random code points from all planes, surrogates and controls included. */
    public String unicode() {
        StringBuilder text = new StringBuilder();
        int length = between(0, 12);
        for (int i = 0; i < length; i++) {
            int range = random.nextInt(5);
            int codePoint = switch (range) {
                case 0 -> random.nextInt(0x20);
                case 1 -> random.nextInt(0x20, 0x7f);
                case 2 -> random.nextInt(0x80, 0x800);
                case 3 -> random.nextInt(0x800, 0x10000);
                default -> random.nextInt(0x10000, 0x110000);
            };
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    /** A JSON string literal of {@code text}: quotes, backslashes and controls escaped, the rest as is. */
    public static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    /**
     * A request body made from {@code valid}: left as it is, mutated in one place, replaced by any JSON,
     * truncated, given a duplicate key, or corrupted byte by byte (invalid UTF-8 included).
     */
    public byte[] body(String valid) {
        String text = switch (random.nextInt(9)) {
            case 0 -> valid;
            case 1 -> json(between(0, 6));
            case 2 -> valid.substring(0, between(0, valid.length()));
            case 3 -> valid.length() > 2 ? valid.substring(0, valid.length() - 1) + ","
                    + quote(key()) + ":" + json(2) + "}" : valid;
            case 4 -> valid.startsWith("{") ? "{\"name\":" + string() + "," + valid.substring(1) : valid;
            case 5 -> nestedInside(valid);
            case 6 -> replaceAValue(valid);
            default -> valid.length() > 2 ? valid.substring(0, valid.length() - 1) + "," + quote(key()) + ":"
                    + json(3) + "}" : valid;
        };
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return chance(15) ? corrupt(bytes) : bytes;
    }

    private String nestedInside(String valid) {
        int levels = between(25, 40);
        return valid.length() > 2 ? valid.substring(0, valid.length() - 1) + ",\"variables\":{\"deep\":"
                + nested(levels) + "}}" : nested(levels);
    }

    private String replaceAValue(String valid) {
        int colon = valid.indexOf(':', between(0, Math.max(0, valid.length() - 1)));
        if (colon < 0) {
            return valid;
        }
        int end = colon + 1;
        int depth = 0;
        boolean inString = false;
        while (end < valid.length()) {
            char c = valid.charAt(end);
            if (inString) {
                if (c == '\\') {
                    end++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && depth-- == 0 || c == ',' && depth == 0) {
                break;
            }
            end++;
        }
        return valid.substring(0, colon + 1) + json(between(0, 3)) + valid.substring(Math.min(end, valid.length()));
    }

    /** The bytes with a few of them replaced or inserted: lone continuation bytes, overlongs, 0xff. */
    public byte[] corrupt(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        out.write(bytes, 0, at);
        byte[][] bad = {{(byte) 0x80}, {(byte) 0xc3, 0x28}, {(byte) 0xff}, {(byte) 0xc0, (byte) 0xaf},
                {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {0}};
        byte[] chosen = bad[random.nextInt(bad.length)];
        out.write(chosen, 0, chosen.length);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    // ---- query strings ----

    /** A {@code vars} filter: a valid clause mutated, or pieces of the grammar in any order. */
    public String varsFilter() {
        List<String> clauses = new ArrayList<>();
        int count = between(1, 3);
        for (int i = 0; i < count; i++) {
            clauses.add(pick(this::varsClause, this::varsClause, () -> mutate(varsClause()), this::text));
        }
        return String.join(oneOf(",", ",", ",,", ""), clauses);
    }

    private String varsClause() {
        StringBuilder path = new StringBuilder(oneOf(VARS_KEYS));
        int legs = between(0, 3);
        for (int i = 0; i < legs; i++) {
            path.append(oneOf("", "[0]", "[*]", "[" + between(0, 20) + "]", "[99999999999]", "[-1]", "[",
                    "]", "[*", "[1:3]"));
            if (chance(60)) {
                path.append('.').append(oneOf("b", "*", "\"c d\"", "", "\"", "1", "é"));
            }
        }
        return path + oneOf(":", ":", "::", "") + pick(() -> json(2), this::string, this::text,
                () -> "\"unterminated", () -> "{\"a\":", () -> "[1,2");
    }

    private String mutate(String text) {
        if (text.isEmpty()) {
            return oneOf("[", "\"", ":", ".");
        }
        StringBuilder mutated = new StringBuilder(text);
        int edits = between(1, 3);
        for (int i = 0; i < edits && !mutated.isEmpty(); i++) {
            int at = random.nextInt(mutated.length());
            switch (random.nextInt(3)) {
                case 0 -> mutated.deleteCharAt(at);
                case 1 -> mutated.insert(at, oneOf("[", "]", "\"", ".", "*", ":", ",", "\\", "'", "{", "}"));
                default -> mutated.setCharAt(at, oneOf('[', ']', '"', '.', '*', ':', ',', '\\'));
            }
        }
        return mutated.toString();
    }

    /** A query string (without {@code ?}) of known and unknown parameters with hostile values. */
    public String queryString(List<String> parameters) {
        List<String> pairs = new ArrayList<>();
        int count = between(1, 4);
        for (int i = 0; i < count; i++) {
            String name = chance(85) ? oneOf(parameters) : text();
            String value = name.equals("vars") ? varsFilter() : queryValue();
            pairs.add(chance(10) ? encodingGarbage() : encode(name) + (chance(95) ? "=" + encode(value) : ""));
        }
        return String.join(oneOf("&", "&", "&&", ";"), pairs);
    }

    private String queryValue() {
        return pick(this::text, this::number, () -> oneOf("true", "false", "asc", "desc", "created_at,id",
                "name", "10", "100", "", "-5", "99999999999999999999", "2026-11-29T00:00:00Z", "now"));
    }

    /**
     * Percent-encoded: mostly, as a client would; sometimes only partly, as a careless one would. Control
     * characters are always encoded: no HTTP client puts a raw line break inside a request line.
     */
    public String encode(String text) {
        if (chance(15)) {
            return controlsAs(text, "%%%02X").replace(" ", "+").replace("&", "%26").replace("#", "%23");
        }
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }

    public String encodingGarbage() {
        return oneOf("%", "%%", "%zz", "a=%", "a=%4", "vars=%C3%28", "%00=%00", "name=%FF%FE", "id=%2B1",
                "limit=%EF%BC%91%EF%BC%90", "=", "==", "&=&", "vars=%E2%80%AE", "marker=%0A", "x=%ED%A0%80");
    }

    // ---- headers and path ids ----

    /** A header value: printable, unicode, very long, control characters, or plain garbage. */
    public String headerValue() {
        return pick(this::text, this::number, () -> "x".repeat(between(900, 1100)),
                () -> "é".repeat(between(990, 1010)), () -> oneOf("", " ", "*", "\"\"", "W/\"1\"", "\"1\"",
                        "\"abc", "null", "-1", "0", "9223372036854775808", "application/json; charset=ebcdic",
                        "application/json;charset=\"", "text/plain", "application/+json", "multipart/form-data",
                        "application/x-www-form-urlencoded; charset=nonsense", "{urn:uuid:}",
                        "urn:uuid:0f7d4b7e-39a1-4c1e-9d5a-3c2b1a000001", "\u0001", "\u007f", "a\u0085b"));
    }

    /** A path segment where an id belongs: numbers out of range, signs, names, encoded separators. */
    public String pathId() {
        return pick(() -> oneOf("0", "-1", "+1", "00001", "1.0", "1e3", "0x10", "9223372036854775807",
                        "9223372036854775808", "99999999999999999999999", "abc", "%2F", "..", "%2e%2e", "%2E",
                        "1%00", "1;x=y", "%D9%A1", "%EF%BC%91", "%20", "1%20", "null", "undefined", "%25",
                        "1%2F..%2F2", "%C0%AE%C0%AE", "~", "*"),
                () -> Long.toString(random.nextLong()), () -> encode(text()));
    }

    /** Shows an input in a failure message: controls escaped, long runs cut. */
    public static String show(String text) {
        String shown = text.length() > 400 ? text.substring(0, 400) + "...(" + text.length() + " chars)" : text;
        return controlsAs(shown, "\\x%02x");
    }

    /** {@code text} with every control character (below U+0020, and U+007F) written by {@code format}. */
    private static String controlsAs(String text, String format) {
        StringBuilder written = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                written.append(String.format(format, c));
            } else {
                written.appendCodePoint(c);
            }
        });
        return written.toString();
    }
}
