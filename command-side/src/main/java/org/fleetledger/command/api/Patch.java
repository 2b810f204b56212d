package org.fleetledger.command.api;

/**
 * One field of a partial update: either absent (leave the field as it is) or present with a value,
 * which may be null (clear the field).
 */
public record Patch<T>(boolean present, T value) {

    private static final Patch<?> ABSENT = new Patch<>(false, null);

    @SuppressWarnings("unchecked")
    public static <T> Patch<T> absent() {
        return (Patch<T>) ABSENT;
    }

    public static <T> Patch<T> of(T value) {
        return new Patch<>(true, value);
    }

    public T orElse(T current) {
        return present ? value : current;
    }
}
