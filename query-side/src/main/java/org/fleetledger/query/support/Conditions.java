package org.fleetledger.query.support;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.util.UUID;

/** The conditions every read model's queries share: project visibility and optional equality filters. */
public final class Conditions {

    private Conditions() {
    }

    /** Rows of the caller's project, or every row for root. */
    public static Condition visible(Field<UUID> projectId, ProjectFilter filter) {
        return filter.allProjects() ? DSL.trueCondition() : projectId.eq(filter.project());
    }

    /** {@code field = value}, or no condition at all when the filter was not given (null). */
    public static <T> Condition equalsIfGiven(Field<T> field, T value) {
        return value == null ? DSL.noCondition() : field.eq(value);
    }
}
