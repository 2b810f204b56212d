package org.fleetledger.query.stream;

import org.fleetledger.query.ledger.ResourceState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BigIntegerNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.FloatNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.ShortNode;
import tools.jackson.databind.node.StringNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A resource's state packed into bytes, about a quarter of its size as objects, and unpacked into an
 * equal state (ADR 0047). Each JSON value keeps its node's kind: a number read as an {@code int} comes
 * back as an {@link IntNode} and one read as a {@code long} as a {@link LongNode}, as folding the
 * events again would make them. JSON text would not keep that, and nodes of different kinds are not
 * equal, so a record's changes would depend on how its state was kept. A state holding a node of
 * any other kind is not packed.
 */
final class PackedState {

    private static final byte NULL = 0;
    private static final byte TRUE = 1;
    private static final byte FALSE = 2;
    private static final byte STRING = 3;
    private static final byte INT = 4;
    private static final byte LONG = 5;
    private static final byte SHORT = 6;
    private static final byte BIG_INTEGER = 7;
    private static final byte DECIMAL = 8;
    private static final byte DOUBLE = 9;
    private static final byte FLOAT = 10;
    private static final byte OBJECT = 11;
    private static final byte ARRAY = 12;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PackedState() {
    }

    /** The state as bytes, or null if it holds a value that is not packed. */
    static byte[] pack(ResourceState state) {
        Writer out = new Writer();
        if (!state.exists()) {
            out.varint(0);
            return out.bytes();
        }
        out.varint(1);
        out.instant(state.createdAt());
        out.instant(state.updatedAt());
        if (!out.members(state.fields().size(), state.fields().entrySet())
                || !out.members(state.variables().size(), state.variables().entrySet())) {
            return null;
        }
        out.varint(state.labels().size());
        state.labels().forEach(out::string);
        return out.bytes();
    }

    /** The state {@link #pack} packed. */
    static ResourceState unpack(byte[] packed) {
        Reader in = new Reader(packed);
        if (in.varint() == 0) {
            return ResourceState.NONE;
        }
        Instant createdAt = in.instant();
        Instant updatedAt = in.instant();
        SortedMap<String, JsonNode> fields = in.members();
        SortedMap<String, JsonNode> variables = in.members();
        int labelCount = in.varint();
        SortedSet<String> labels = labelCount == 0 ? Collections.emptySortedSet() : new TreeSet<>();
        for (int i = 0; i < labelCount; i++) {
            labels.add(in.string());
        }
        return new ResourceState(true, fields, variables, labels, createdAt, updatedAt);
    }

    private static final class Writer {

        private byte[] buffer = new byte[256];
        private int size;

        byte[] bytes() {
            return Arrays.copyOf(buffer, size);
        }

        /** Writes the count and each name and value; false if a value is of a kind that is not packed. */
        boolean members(int count, Iterable<Map.Entry<String, JsonNode>> members) {
            varint(count);
            for (Map.Entry<String, JsonNode> member : members) {
                string(member.getKey());
                if (!node(member.getValue())) {
                    return false;
                }
            }
            return true;
        }

        /** Writes the node; false if it is of a kind that is not packed. */
        boolean node(JsonNode node) {
            Class<?> kind = node.getClass();
            if (kind == StringNode.class) {
                write(STRING);
                string(node.stringValue());
            } else if (kind == IntNode.class) {
                write(INT);
                varlong(zigzag(node.intValue()));
            } else if (kind == LongNode.class) {
                write(LONG);
                varlong(zigzag(node.longValue()));
            } else if (kind == BooleanNode.class) {
                write(node.booleanValue() ? TRUE : FALSE);
            } else if (kind == NullNode.class) {
                write(NULL);
            } else if (kind == DecimalNode.class) {
                write(DECIMAL);
                BigDecimal value = node.decimalValue();
                varlong(zigzag(value.scale()));
                bytes(value.unscaledValue().toByteArray());
            } else if (kind == BigIntegerNode.class) {
                write(BIG_INTEGER);
                bytes(node.bigIntegerValue().toByteArray());
            } else if (kind == ShortNode.class) {
                write(SHORT);
                varlong(zigzag(node.shortValue()));
            } else if (kind == DoubleNode.class) {
                write(DOUBLE);
                varlong(Double.doubleToRawLongBits(node.doubleValue()));
            } else if (kind == FloatNode.class) {
                write(FLOAT);
                varlong(Float.floatToRawIntBits(node.floatValue()) & 0xffff_ffffL);
            } else if (kind == ObjectNode.class) {
                write(OBJECT);
                return members(node.size(), node.properties());
            } else if (kind == ArrayNode.class) {
                write(ARRAY);
                varint(node.size());
                for (JsonNode element : node.values()) {
                    if (!node(element)) {
                        return false;
                    }
                }
            } else {
                return false;
            }
            return true;
        }

        void instant(Instant instant) {
            if (instant == null) {
                write((byte) 0);
                return;
            }
            write((byte) 1);
            varlong(zigzag(instant.getEpochSecond()));
            varint(instant.getNano());
        }

        void string(String text) {
            bytes(text.getBytes(StandardCharsets.UTF_8));
        }

        void bytes(byte[] value) {
            varint(value.length);
            room(value.length);
            System.arraycopy(value, 0, buffer, size, value.length);
            size += value.length;
        }

        void varint(int value) {
            varlong(value & 0xffff_ffffL);
        }

        void varlong(long value) {
            room(10);
            while ((value & ~0x7fL) != 0) {
                buffer[size++] = (byte) ((value & 0x7f) | 0x80);
                value >>>= 7;
            }
            buffer[size++] = (byte) value;
        }

        void write(byte value) {
            room(1);
            buffer[size++] = value;
        }

        private void room(int more) {
            if (size + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
            }
        }

        private static long zigzag(long value) {
            return (value << 1) ^ (value >> 63);
        }
    }

    private static final class Reader {

        private final byte[] buffer;
        private int at;

        Reader(byte[] buffer) {
            this.buffer = buffer;
        }

        SortedMap<String, JsonNode> members() {
            int count = varint();
            if (count == 0) {
                return Collections.emptySortedMap();
            }
            SortedMap<String, JsonNode> members = new TreeMap<>();
            for (int i = 0; i < count; i++) {
                members.put(string(), node());
            }
            return members;
        }

        JsonNode node() {
            byte kind = buffer[at++];
            return switch (kind) {
                case STRING -> StringNode.valueOf(string());
                case INT -> IntNode.valueOf((int) unzigzag(varlong()));
                case LONG -> LongNode.valueOf(unzigzag(varlong()));
                case TRUE -> BooleanNode.TRUE;
                case FALSE -> BooleanNode.FALSE;
                case NULL -> NullNode.instance;
                case DECIMAL -> {
                    int scale = (int) unzigzag(varlong());
                    yield DecimalNode.valueOf(new BigDecimal(new BigInteger(bytes()), scale));
                }
                case BIG_INTEGER -> BigIntegerNode.valueOf(new BigInteger(bytes()));
                case SHORT -> ShortNode.valueOf((short) unzigzag(varlong()));
                case DOUBLE -> DoubleNode.valueOf(Double.longBitsToDouble(varlong()));
                case FLOAT -> FloatNode.valueOf(Float.intBitsToFloat((int) varlong()));
                case OBJECT -> {
                    ObjectNode object = NODES.objectNode();
                    int count = varint();
                    for (int i = 0; i < count; i++) {
                        String name = string();
                        object.set(name, node());
                    }
                    yield object;
                }
                case ARRAY -> {
                    ArrayNode array = NODES.arrayNode();
                    int count = varint();
                    for (int i = 0; i < count; i++) {
                        array.add(node());
                    }
                    yield array;
                }
                default -> throw new IllegalStateException("no such packed kind " + kind);
            };
        }

        Instant instant() {
            if (buffer[at++] == 0) {
                return null;
            }
            long seconds = unzigzag(varlong());
            return Instant.ofEpochSecond(seconds, varint());
        }

        String string() {
            int length = varint();
            String text = new String(buffer, at, length, StandardCharsets.UTF_8);
            at += length;
            return text;
        }

        byte[] bytes() {
            int length = varint();
            byte[] value = Arrays.copyOfRange(buffer, at, at + length);
            at += length;
            return value;
        }

        int varint() {
            return (int) varlong();
        }

        long varlong() {
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                byte next = buffer[at++];
                value |= (long) (next & 0x7f) << shift;
                if (next >= 0) {
                    return value;
                }
            }
        }

        private static long unzigzag(long value) {
            return (value >>> 1) ^ -(value & 1);
        }
    }
}
