package org.fleetledger.gateway.http;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shape a JSON request body must have: its properties, their strict JSON types, which are
 * required, and nothing else. Every problem is reported, one line each, naming the property.
 */
public final class BodySchema {

    /** A property's allowed values. */
    public enum Type {
        /** A non-empty string of at most 255 characters (names). */
        NAME,
        /** A string or null (notes). */
        NULLABLE_STRING,
        INTEGER,
        NULLABLE_INTEGER,
        BOOLEAN,
        /** A string or null, at most 255 characters (device model names, OS versions, VLAN lists). */
        NULLABLE_SHORT_STRING,
        /** A string that is an IPv4 or IPv6 address. */
        IP_ADDRESS,
        /** A string that is an IPv4 or IPv6 block with its prefix length ({@code 10.0.0.0/24}). */
        CIDR,
        /** A string that is a netmask: an address of ones followed by zeros ({@code 255.255.255.0}). */
        NETMASK,
        /** An array of non-empty strings of at most 255 characters (labels). */
        STRING_ARRAY,
        /** Any array (Craton's {@code links} on create, accepted and echoed). */
        ARRAY,
        /** An object of at most 1,000 variables: any JSON values under non-empty keys of at most 255 characters. */
        VARIABLES
    }

    static final int MAX_NAME_LENGTH = 255;
    /** Top-level keys one variables object may hold: a request sets at most this many variables. */
    static final int MAX_VARIABLES = 1000;

    private final Map<String, Type> properties;
    private final Set<String> required;

    private BodySchema(Map<String, Type> properties, Set<String> required) {
        this.properties = properties;
        this.required = required;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Throws a 400 listing every problem when {@code body} (null: no body) does not fit. */
    public JsonNode validate(JsonNode body) {
        List<String> problems = problems(body);
        if (!problems.isEmpty()) {
            throw ApiException.validation(problems);
        }
        return body;
    }

    List<String> problems(JsonNode body) {
        if (body == null || !body.isObject()) {
            return List.of(JsonValues.show(body) + " is not of type 'object'");
        }
        List<String> problems = new ArrayList<>();
        for (String name : required) {
            if (!body.has(name)) {
                problems.add("'" + name + "' is a required property");
            }
        }
        Set<String> unexpected = new TreeSet<>();
        for (Map.Entry<String, JsonNode> property : body.properties()) {
            Type type = properties.get(property.getKey());
            if (type == null) {
                unexpected.add(property.getKey());
            } else {
                check(property.getKey(), type, property.getValue(), problems);
            }
        }
        if (!unexpected.isEmpty()) {
            problems.add(additionalProperties(unexpected));
        }
        return problems;
    }

    static String additionalProperties(Set<String> unexpected) {
        List<String> quoted = unexpected.stream().map(JsonValues::quote).toList();
        return "Additional properties are not allowed (" + String.join(", ", quoted)
                + (quoted.size() == 1 ? " was" : " were") + " unexpected)";
    }

    private static void check(String name, Type type, JsonNode value, List<String> problems) {
        String prefix = "'" + name + "': ";
        switch (type) {
            case NAME -> {
                if (!value.isString()) {
                    problems.add(prefix + JsonValues.show(value) + " is not of type 'string'");
                } else if (value.stringValue().isEmpty()) {
                    problems.add(prefix + "'' is too short");
                } else if (value.stringValue().codePointCount(0, value.stringValue().length()) > MAX_NAME_LENGTH) {
                    problems.add(prefix + JsonValues.show(value) + " is too long (at most " + MAX_NAME_LENGTH
                            + " characters)");
                }
            }
            case NULLABLE_STRING -> {
                if (!value.isString() && !value.isNull()) {
                    problems.add(prefix + JsonValues.show(value) + " is not of type 'string', 'null'");
                }
            }
            case INTEGER -> {
                if (!value.isIntegralNumber()) {
                    problems.add(prefix + JsonValues.show(value) + " is not of type 'integer'");
                } else if (!value.canConvertToLong()) {
                    problems.add(prefix + JsonValues.show(value) + " is out of range");
                }
            }
            case NULLABLE_INTEGER -> {
                if (!value.isIntegralNumber() && !value.isNull()) {
                    problems.add(prefix + JsonValues.show(value) + " is not of type 'integer', 'null'");
                } else if (value.isIntegralNumber() && !value.canConvertToLong()) {
                    problems.add(prefix + JsonValues.show(value) + " is out of range");
                }
            }
            case BOOLEAN -> {
                if (!value.isBoolean()) {
                    problems.add(prefix + JsonValues.show(value) + " is not of type 'boolean'");
                }
            }
            case NULLABLE_SHORT_STRING -> {
                if (!value.isString() && !value.isNull()) {
                    problems.add(prefix + JsonValues.show(value) + " is not of type 'string', 'null'");
                } else if (value.isString() && value.stringValue().length() > MAX_NAME_LENGTH) {
                    problems.add(prefix + JsonValues.show(value) + " is too long (at most " + MAX_NAME_LENGTH
                            + " characters)");
                }
            }
            case IP_ADDRESS -> {
                if (!value.isString()) {
                    problems.add(prefix + JsonValues.show(value) + " is not of type 'string'");
                } else if (!IpAddresses.isValid(value.stringValue())) {
                    problems.add(prefix + JsonValues.show(value) + " is not an IPv4 or IPv6 address");
                }
            }
            case CIDR -> {
                if (!value.isString()) {
                    problems.add(prefix + JsonValues.show(value) + " is not of type 'string'");
                } else if (NetworkAddresses.canonicalCidr(value.stringValue()) == null) {
                    problems.add(prefix + JsonValues.show(value) + " is not a CIDR block (address/prefix length)");
                }
            }
            case NETMASK -> {
                if (!value.isString()) {
                    problems.add(prefix + JsonValues.show(value) + " is not of type 'string'");
                } else if (NetworkAddresses.canonicalNetmask(value.stringValue()) == null) {
                    problems.add(prefix + JsonValues.show(value) + " is not a netmask");
                }
            }
            case STRING_ARRAY -> {
                if (!value.isArray()) {
                    problems.add(prefix + JsonValues.show(value) + " is not of type 'array'");
                } else {
                    for (JsonNode item : value) {
                        if (!item.isString()) {
                            problems.add(prefix + JsonValues.show(item) + " is not of type 'string'");
                        } else if (item.stringValue().isEmpty() || item.stringValue().length() > MAX_NAME_LENGTH) {
                            problems.add(prefix + JsonValues.show(item) + " must have 1 to " + MAX_NAME_LENGTH
                                    + " characters");
                        }
                    }
                }
            }
            case ARRAY -> {
                if (!value.isArray()) {
                    problems.add(prefix + JsonValues.show(value) + " is not of type 'array'");
                }
            }
            case VARIABLES -> problems.addAll(variableProblems(prefix, value));
        }
    }

    /** Problems of a variables object: used for create bodies and for the variables PUT body itself. */
    static List<String> variableProblems(String prefix, JsonNode value) {
        if (value == null || !value.isObject()) {
            return List.of(prefix + JsonValues.show(value) + " is not of type 'object'");
        }
        List<String> problems = new ArrayList<>();
        if (value.size() > MAX_VARIABLES) {
            problems.add(prefix + value.size() + " variables are too many (at most " + MAX_VARIABLES
                    + " in one request)");
        }
        for (String key : value.propertyNames()) {
            if (key.isEmpty()) {
                problems.add(prefix + "variable keys must not be empty");
            } else if (key.codePointCount(0, key.length()) > MAX_NAME_LENGTH) {
                problems.add(prefix + "variable key " + JsonValues.quote(key) + " is too long (at most "
                        + MAX_NAME_LENGTH + " characters)");
            }
        }
        return problems;
    }

    public static final class Builder {
        private final Map<String, Type> properties = new LinkedHashMap<>();
        private final Set<String> required = new TreeSet<>();

        public Builder required(String name, Type type) {
            properties.put(name, type);
            required.add(name);
            return this;
        }

        public Builder optional(String name, Type type) {
            properties.put(name, type);
            return this;
        }

        public BodySchema build() {
            return new BodySchema(Map.copyOf(properties), Set.copyOf(required));
        }
    }
}
