package org.fleetledger.gateway.http;

import jakarta.servlet.http.HttpServletRequest;
import org.fleetledger.query.paging.Page;
import org.fleetledger.query.paging.PageRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Craton's list paging: the page request taken from the query, and the links {@code first},
 * {@code prev}, {@code self} and {@code next} built exactly by its rules (see the facts, section 4.3).
 */
public final class Pagination {

    public static final String LIMIT = "limit";
    public static final String MARKER = "marker";
    public static final String SORT_KEYS = "sort_keys";
    public static final String SORT_DIR = "sort_dir";
    static final int MIN_LIMIT = 10;
    static final int MAX_LIMIT = 100;

    private Pagination() {
    }

    public static PageRequest request(QuerySpec.Query query) {
        return new PageRequest(query.integer(LIMIT).intValue(), query.values().get(MARKER), query.sortKeys(),
                "desc".equals(query.string(SORT_DIR)));
    }

    public static <T> List<Link> links(HttpServletRequest request, QuerySpec.Query query, Page<T> page,
                                       Function<T, Object> idOf) {
        String base = ApiUrls.requestUrlWithoutQuery(request);
        String baseParams = baseParams(query.values());
        Object marker = query.values().get(MARKER);
        List<Link> links = new ArrayList<>();
        links.add(new Link(href(base, baseParams, null), "first"));
        links.add(new Link(href(base, baseParams, marker == null ? null : page.previousMarker()), "prev"));
        links.add(new Link(href(base, baseParams, marker), "self"));
        if (!page.items().isEmpty()) {
            links.add(new Link(href(base, baseParams, idOf.apply(page.items().getLast())), "next"));
        }
        return links;
    }

    /**
     * Links of a page along the ledger, whose marker is a position: {@code first}, {@code self} and,
     * when more follow, {@code next} (after the page's last position).
     */
    public static List<Link> positionLinks(HttpServletRequest request, QuerySpec.Query query, Long lastPosition) {
        String base = ApiUrls.requestUrlWithoutQuery(request);
        String baseParams = baseParams(query.values());
        List<Link> links = new ArrayList<>();
        links.add(new Link(href(base, baseParams, null), "first"));
        links.add(new Link(href(base, baseParams, query.values().get(MARKER)), "self"));
        if (lastPosition != null) {
            links.add(new Link(href(base, baseParams, lastPosition), "next"));
        }
        return links;
    }

    /** Every parsed parameter but the marker, in declaration order; booleans the way Craton prints them. */
    private static String baseParams(Map<String, Object> values) {
        StringJoiner joined = new StringJoiner("&");
        values.forEach((name, value) -> {
            if (!name.equals(MARKER)) {
                joined.add(encode(name) + "=" + encode(render(name, value)));
            }
        });
        return joined.toString();
    }

    private static String render(String name, Object value) {
        if (value instanceof Boolean bool) {
            return bool ? "True" : "False";
        }
        if (name.equals(SORT_KEYS)) {
            return String.join(",", ((String) value).split("[,\\s]+"));
        }
        return String.valueOf(value);
    }

    private static String href(String base, String params, Object marker) {
        String query = marker == null ? params : params + "&" + MARKER + "=" + marker;
        return base + "?" + query;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
