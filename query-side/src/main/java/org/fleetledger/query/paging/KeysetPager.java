package org.fleetledger.query.paging;

import org.fleetledger.query.support.QueryRejectedException;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.RowN;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keyset pagination over one table, as Craton's lists page: rows strictly after the marker row in the
 * requested order. The row id is always the last sort key, so the order is total. NULLs sort as
 * PostgreSQL sorts them by default (last ascending, first descending), and the seek conditions agree.
 */
public final class KeysetPager {

    private final Table<?> table;
    private final Field<Object> id;
    private final Map<String, Field<?>> sortable;

    /** {@code sortable} maps every attribute a client may sort by to its column. */
    @SuppressWarnings("unchecked")
    public KeysetPager(Table<?> table, Field<?> id, Map<String, Field<?>> sortable) {
        this.table = table;
        this.id = (Field<Object>) id;
        this.sortable = Map.copyOf(sortable);
    }

    public <T> Page<T> page(DSLContext db, Condition visible, PageRequest request,
                            RecordMapper<Record, T> mapper) {
        List<Field<?>> keys = sortFields(request.sortKeys());
        Condition where = visible;
        Object previousMarker = null;
        if (request.marker() != null) {
            Record markerRow = db.select(keys).from(table)
                    .where(visible).and(id.eq(request.marker()))
                    .fetchOne();
            if (markerRow == null) {
                throw new QueryRejectedException("Marker \"" + request.marker() + "\" does not exist");
            }
            where = where.and(after(keys, markerRow, request.descending()));
            List<Object> preceding = db.select(id).from(table)
                    .where(visible).and(after(keys, markerRow, !request.descending()))
                    .orderBy(order(keys, !request.descending()))
                    .limit(request.limit())
                    .fetch(id);
            previousMarker = preceding.isEmpty() ? null : preceding.getLast();
        }
        List<T> items = db.select().from(table)
                .where(where)
                .orderBy(order(keys, request.descending()))
                .limit(request.limit())
                .fetch(mapper);
        return new Page<>(items, previousMarker);
    }

    private List<Field<?>> sortFields(List<String> sortKeys) {
        List<Field<?>> fields = new ArrayList<>();
        for (String key : sortKeys) {
            Field<?> field = sortable.get(key);
            if (field == null) {
                throw new QueryRejectedException("\"" + key + "\" is an invalid sort key");
            }
            if (!fields.contains(field)) {
                fields.add(field);
            }
        }
        if (!fields.contains(id)) {
            fields.add(id);
        }
        return fields;
    }

    private static List<SortField<?>> order(List<Field<?>> keys, boolean descending) {
        return keys.stream().<SortField<?>>map(k -> descending ? k.desc() : k.asc()).toList();
    }

    /** Rows after {@code marker}: (k1 > m1) or (k1 = m1 and k2 > m2) or ... in the given direction. */
    private static Condition after(List<Field<?>> keys, Record marker, boolean descending) {
        if (keys.stream().noneMatch(key -> key.getDataType().nullable() || marker.get(key) == null)) {
            // no nulls to place: a row comparison, which an index on the sort keys answers in order
            RowN row = DSL.row(keys);
            RowN values = DSL.row(keys.stream().map(key -> DSL.val(marker.get(key), key)).toList());
            return descending ? row.lt(values) : row.gt(values);
        }
        Condition any = DSL.falseCondition();
        Condition equalSoFar = DSL.trueCondition();
        for (Field<?> key : keys) {
            Object value = marker.get(key);
            any = any.or(equalSoFar.and(beyond(key, value, descending)));
            equalSoFar = equalSoFar.and(sameAs(key, value));
        }
        return any;
    }

    @SuppressWarnings("unchecked")
    private static Condition beyond(Field<?> key, Object value, boolean descending) {
        Field<Object> field = (Field<Object>) key;
        if (descending) {
            // NULLS FIRST: everything non-null follows a null; below a value come smaller values
            return value == null ? field.isNotNull() : field.lt(value);
        }
        // NULLS LAST: nothing follows a null but other nulls (handled by the id tie-break)
        return value == null ? DSL.falseCondition() : field.gt(value).or(field.isNull());
    }

    @SuppressWarnings("unchecked")
    private static Condition sameAs(Field<?> key, Object value) {
        Field<Object> field = (Field<Object>) key;
        return value == null ? field.isNull() : field.eq(value);
    }
}
