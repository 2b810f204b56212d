package org.fleetledger.query.search;

import org.fleetledger.events.variables.OwnerType;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.fleetledger.query.jooq.Tables.RESOLVED_VARIABLES;
import static org.fleetledger.query.jooq.Tables.VARIABLE_VIEW;

/**
 * The {@code vars} filter in SQL, with MySQL's {@code JSON_CONTAINS} semantics that Craton's filter
 * had: the path selects a value (with a wildcard, the list of every value it reaches), and the clause
 * matches when that selection contains the clause's value. Scalars contain equal scalars of the same
 * JSON type (numbers compared by value, {@code 1} is not {@code "1"}); an array contains a value that
 * one of its elements contains; an object contains an object whose every member it contains.
 * <p>
 * The path travels as a JSON path built only from fixed pieces, with every key and index passed as a
 * variable of that path, and the value as a bound {@code jsonb}: nothing of the request becomes SQL or
 * path text.
 */
public final class VarsConditions {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<OwnerType> INHERITING = EnumSet.of(OwnerType.REGION, OwnerType.CELL, OwnerType.DEVICE);

    private VarsConditions() {
    }

    /**
     * Resources of {@code type} (identified by {@code id}) that the filter keeps: those whose own
     * variables, or with {@link VarsFilter#inherited()} whose resolved variables, match every clause.
     * Only regions, cells and devices have resolved variables; other types inherit nothing. Owner ids
     * are compared in the resource id's own type, so that the resource's primary key serves the join.
     */
    public static <T> Condition matching(VarsFilter filter, OwnerType type, Field<T> id) {
        return filter.inherited() && INHERITING.contains(type)
                ? resolvedVariablesMatch(filter.clauses(), type, id)
                : ownVariablesMatch(filter.clauses(), type, id);
    }

    /**
     * Resources whose resolved variables match every clause: the value a resource resolves a key to is
     * the whole value of the first owner along its resolution order holding that key, so a resource
     * whose own (or nearer) value does not match is left out even if a parent's would.
     */
    public static <T> Condition resolvedVariablesMatch(List<VarsClause> clauses, OwnerType type, Field<T> id) {
        Condition all = DSL.noCondition();
        for (VarsClause clause : clauses) {
            Field<JSONB> value = DSL.field("{0} -> {1}", SQLDataType.JSONB, RESOLVED_VARIABLES.RESOLVED,
                    DSL.val(clause.key()));
            Condition exact = indexIsExact(clause)
                    ? DSL.noCondition()
                    : value.isNotNull().and(valueMatches(clause, value));
            all = all.and(id.in(DSL.select(RESOLVED_VARIABLES.OWNER_ID.cast(id.getDataType()))
                    .from(RESOLVED_VARIABLES)
                    .where(RESOLVED_VARIABLES.OWNER_TYPE.eq(type.name()))
                    .and(indexedCandidates(clause))
                    .and(exact)));
        }
        return all;
    }

    /**
     * Whether the index's condition alone decides the clause: for a path of members and a value that
     * is not an array, "the map holds the value at the path, or holds it in an array there" is exactly
     * what containment asks.
     */
    private static boolean indexIsExact(VarsClause clause) {
        return !clause.value().isArray() && clause.legs().stream().allMatch(leg -> leg instanceof PathLeg.Member);
    }

    /**
     * A condition the search index answers, true for every resolved map the clause can match, so the
     * exact test runs on few rows: for a path of members only, the map contains the value at that path,
     * or the value wrapped in an array (which finds it as an element of an array). Paths with indexes
     * or wildcards get none.
     */
    private static Condition indexedCandidates(VarsClause clause) {
        if (!clause.legs().stream().allMatch(leg -> leg instanceof PathLeg.Member)) {
            return DSL.noCondition();
        }
        JsonNode asIs = clause.value();
        JsonNode wrapped = JSON.createArrayNode().add(clause.value());
        return containsAtPath(clause, asIs).or(containsAtPath(clause, wrapped));
    }

    private static Condition containsAtPath(VarsClause clause, JsonNode leaf) {
        JsonNode shape = leaf;
        List<PathLeg> legs = clause.legs();
        for (int i = legs.size() - 1; i >= 0; i--) {
            ObjectNode member = JSON.createObjectNode();
            member.set(((PathLeg.Member) legs.get(i)).name(), shape);
            shape = member;
        }
        ObjectNode top = JSON.createObjectNode();
        top.set(clause.key(), shape);
        return DSL.condition("{0} @> {1}", RESOLVED_VARIABLES.RESOLVED,
                DSL.val(JSONB.valueOf(JSON.writeValueAsString(top))));
    }

    /** Owners of {@code type} (identified by {@code id}) whose own variables match every clause. */
    public static <T> Condition ownVariablesMatch(List<VarsClause> clauses, OwnerType type, Field<T> id) {
        Condition all = DSL.noCondition();
        for (VarsClause clause : clauses) {
            all = all.and(id.in(DSL.select(VARIABLE_VIEW.OWNER_ID.cast(id.getDataType())).from(VARIABLE_VIEW)
                    .where(VARIABLE_VIEW.OWNER_TYPE.eq(type.name()))
                    .and(VARIABLE_VIEW.KEY.eq(clause.key()))
                    .and(valueMatches(clause, VARIABLE_VIEW.VALUE))));
        }
        return all;
    }

    /** The value of the clause's top-level key ({@code value}) matches the clause. */
    public static Condition valueMatches(VarsClause clause, Field<JSONB> value) {
        Field<JSONB> candidate = DSL.val(JSONB.valueOf(JSON.writeValueAsString(clause.value())));
        if (clause.legs().isEmpty()) {
            return contains(value, candidate);
        }
        StringBuilder path = new StringBuilder("strict $");
        ObjectNode variables = JSON.createObjectNode();
        List<PathLeg> legs = clause.legs();
        for (int i = 0; i < legs.size(); i++) {
            switch (legs.get(i)) {
                case PathLeg.Member member -> {
                    path.append(".keyvalue() ? (@.key == $k").append(i).append(").value");
                    variables.put("k" + i, member.name());
                }
                case PathLeg.AnyMember any -> path.append(".*");
                case PathLeg.Index index -> {
                    path.append("[$i").append(i).append(']');
                    variables.put("i" + i, index.index());
                }
                case PathLeg.AnyIndex any -> path.append("[*]");
            }
        }
        Field<String> jsonPath = DSL.val(path.toString());
        Field<JSONB> pathVariables = DSL.val(JSONB.valueOf(JSON.writeValueAsString(variables)));
        if (!clause.selectsMany()) {
            Field<JSONB> selected = DSL.field("jsonb_path_query_first({0}, cast({1} as jsonpath), {2}, true)",
                    SQLDataType.JSONB, value, jsonPath, pathVariables);
            return contains(selected, candidate);
        }
        Field<JSONB> selected = DSL.field("jsonb_path_query_array({0}, cast({1} as jsonpath), {2}, true)",
                SQLDataType.JSONB, value, jsonPath, pathVariables);
        // a wildcard that reaches nothing selects nothing, which contains nothing (not even [])
        return DSL.condition("jsonb_array_length({0}) > 0", selected).and(contains(selected, candidate));
    }

    /**
     * JSON containment. PostgreSQL's {@code @>} agrees with MySQL's {@code JSON_CONTAINS} except for a
     * non-array value inside an array, which MySQL finds in any element: that case is asked again with
     * the value wrapped in an array.
     */
    private static Condition contains(Field<JSONB> target, Field<JSONB> candidate) {
        return DSL.condition("{0} @> {1}", target, candidate)
                .or(DSL.condition("jsonb_typeof({0}) = 'array' and jsonb_typeof({1}) <> 'array' "
                        + "and {0} @> jsonb_build_array({1})", target, candidate));
    }
}
