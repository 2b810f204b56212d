package org.fleetledger.gateway.http;

import org.springframework.http.HttpStatus;

import java.util.Collection;

/** An HTTP error decided by the gateway itself: answered as {@code {"status", "message"}}. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;

    public ApiException(HttpStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    public static ApiException notFound() {
        return new ApiException(HttpStatus.NOT_FOUND, "Not Found");
    }

    public static ApiException badRequest(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, message);
    }

    /** A 400 listing validation problems one per line, sorted, as Craton clients expect. */
    public static ApiException validation(Collection<String> problems) {
        StringBuilder message = new StringBuilder("The request included the following errors:");
        problems.stream().sorted().forEach(problem -> message.append("\n- ").append(problem));
        return badRequest(message.toString());
    }
}
