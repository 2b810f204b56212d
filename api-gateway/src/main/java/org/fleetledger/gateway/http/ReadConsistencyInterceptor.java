package org.fleetledger.gateway.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.List;

/**
 * Reads may ask to see at least a ledger position ({@code ?min_position=N} or the header
 * {@code X-Ledger-Min-Position}); they wait, bounded, for the read models to get there, else 503.
 */
@Component
class ReadConsistencyInterceptor implements HandlerInterceptor {

    static final String MIN_POSITION_HEADER = "X-Ledger-Min-Position";

    private final ReadModelWait wait;

    ReadConsistencyInterceptor(ReadModelWait wait) {
        this.wait = wait;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String text = QueryString.parse(request).get(QuerySpec.MIN_POSITION);
        String source = QuerySpec.MIN_POSITION;
        if (text == null) {
            text = request.getHeader(MIN_POSITION_HEADER);
            source = MIN_POSITION_HEADER;
        }
        if (text == null) {
            return true;
        }
        long position;
        try {
            position = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw ApiException.validation(List.of("'" + source + "': " + JsonValues.quote(text)
                    + " is not of type 'integer'"));
        }
        wait.untilPosition(position);
        return true;
    }
}
