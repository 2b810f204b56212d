package org.fleetledger.gateway.http;

import org.fleetledger.query.ledger.LedgerTimeTravel;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code as_of}: a ledger position, or an RFC 3339 time standing for the last position stored at or
 * before it. Reads that take it answer the state of that position, computed from the log.
 */
public final class AsOf {

    public static final String PARAMETER = "as_of";

    private AsOf() {
    }

    /** The position {@code as_of} names, or null when the request has none. */
    public static Long position(QuerySpec.Query query, LedgerTimeTravel travel) {
        return position(query, PARAMETER, travel);
    }

    /** The position a parameter read like {@code as_of} ({@code from}, {@code to}) names, or null. */
    public static Long position(QuerySpec.Query query, String parameter, LedgerTimeTravel travel) {
        String text = query.string(parameter);
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        if (!trimmed.isEmpty() && trimmed.chars().allMatch(Character::isDigit)) {
            try {
                return Long.parseLong(trimmed);
            } catch (NumberFormatException e) {
                throw invalid(parameter, text);
            }
        }
        try {
            return travel.positionAt(OffsetDateTime.parse(trimmed));
        } catch (DateTimeParseException e) {
            throw invalid(parameter, text);
        }
    }

    private static ApiException invalid(String parameter, String text) {
        return ApiException.validation(List.of("'" + parameter + "': " + JsonValues.quote(text)
                + " is neither a ledger position nor an RFC 3339 date-time"));
    }
}
