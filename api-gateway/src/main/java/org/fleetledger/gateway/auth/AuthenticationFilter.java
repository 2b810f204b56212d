package org.fleetledger.gateway.auth;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fleetledger.command.user.ApiKeys;
import org.fleetledger.gateway.http.ErrorWriter;
import org.fleetledger.query.user.CachedCredentials;
import org.fleetledger.query.user.UserCredentials;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Authenticates every request under {@code /v1} (unknown URLs included, as Craton does) from
 * {@code X-Auth-Project}, {@code X-Auth-User} and {@code X-Auth-Token} against the stored key hash.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AuthenticationFilter extends OncePerRequestFilter {

    private static final String NOT_AUTHENTICATED = "The request could not be authenticated.";
    // Forms Craton accepts: 32 hex digits with or without hyphens, optionally in braces or as a URN.
    private static final Pattern UUID_LIKE = Pattern.compile(
            "(?i)(?:urn:uuid:)?\\{?([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})}?");

    private final CachedCredentials credentials;
    private final ErrorWriter errors;

    AuthenticationFilter(CachedCredentials credentials, ErrorWriter errors) {
        this.credentials = credentials;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.equals("/v1") || path.startsWith("/v1/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String projectHeader = request.getHeader("X-Auth-Project");
        Optional<UUID> project = parseProjectId(projectHeader);
        if (project.isEmpty()) {
            errors.write(response, 401, "Project ID ('" + (projectHeader == null ? "None" : projectHeader)
                    + "') is not a valid UUID");
            return;
        }
        String username = request.getHeader("X-Auth-User");
        String token = request.getHeader("X-Auth-Token");
        Optional<UserCredentials> user = username == null ? Optional.empty()
                : credentials.of(project.get(), username);
        if (user.isEmpty() || token == null || !ApiKeys.matches(token, user.get().apiKeyHash())) {
            errors.write(response, 401, NOT_AUTHENTICATED);
            return;
        }
        UserCredentials found = user.get();
        request.setAttribute(Caller.ATTRIBUTE,
                new Caller(found.userId(), found.username(), found.projectId(), found.role()));
        chain.doFilter(request, response);
    }

    static Optional<UUID> parseProjectId(String header) {
        if (header == null) {
            return Optional.empty();
        }
        var matcher = UUID_LIKE.matcher(header.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(String.join("-", matcher.group(1), matcher.group(2), matcher.group(3),
                matcher.group(4), matcher.group(5))));
    }
}
