package org.fleetledger.gateway.http;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.fleetledger.command.api.CommandRejectedException;
import org.fleetledger.query.support.QueryRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where failures become HTTP answers, all as {@code {"status", "message"}}. Error codes
 * from the command side map to statuses here; a 500 never shows its cause, which is logged instead.
 */
@RestControllerAdvice
class ApiExceptionHandler {

    static final String UNKNOWN_URL = "The requested URL was not found on the server.  If you entered the URL "
            + "manually please check your spelling and try again.";
    static final String WRONG_METHOD = "The method is not allowed for the requested URL.";
    static final String UNKNOWN_FAILURE = "An unknown exception occurred";

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ErrorBody> api(ApiException e) {
        return error(e.status(), e.getMessage());
    }

    @ExceptionHandler(CommandRejectedException.class)
    ResponseEntity<ErrorBody> rejected(CommandRejectedException e) {
        return switch (e.code()) {
            case NOT_FOUND -> error(HttpStatus.NOT_FOUND, "Not Found");
            case NAME_TAKEN -> error(HttpStatus.CONFLICT, e.getMessage());
            case INVALID, INVALID_REFERENCE -> error(HttpStatus.BAD_REQUEST, e.getMessage());
            case HAS_DEPENDANTS -> error(HttpStatus.CONFLICT, e.getMessage());
            case FORBIDDEN -> error(HttpStatus.FORBIDDEN, e.getMessage());
            case VERSION_MISMATCH -> error(HttpStatus.PRECONDITION_FAILED, e.getMessage());
            case RESTORE_CONFLICT -> error(HttpStatus.CONFLICT, e.getMessage());
            case CONCURRENT_CHANGE -> error(HttpStatus.CONFLICT, e.getMessage());
        };
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ErrorBody> aggregateNotFound() {
        // also AggregateDeletedException: a deleted resource is simply not there any more
        return error(HttpStatus.NOT_FOUND, "Not Found");
    }

    @ExceptionHandler(QueryRejectedException.class)
    ResponseEntity<ErrorBody> queryRejected(QueryRejectedException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ErrorBody> unknownUrl() {
        return error(HttpStatus.NOT_FOUND, UNKNOWN_URL);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ErrorBody> wrongMethod(HttpRequestMethodNotSupportedException e) {
        HttpHeaders headers = new HttpHeaders();
        if (e.getSupportedHttpMethods() != null) {
            headers.setAllow(e.getSupportedHttpMethods());
        }
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers)
                .body(new ErrorBody(405, WRONG_METHOD));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ErrorBody> unsupportedMediaType() {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Request bodies must be JSON, sent with Content-Type: application/json.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorBody> unexpected(Exception e, HttpServletRequest request) {
        Throwable cause = e;
        while (cause.getCause() != null && cause != cause.getCause()) {
            if (cause instanceof ApiException api) {
                return api(api);
            }
            cause = cause.getCause();
        }
        if (cause instanceof ApiException api) {
            return api(api);
        }
        if (cause instanceof CommandRejectedException rejected) {
            return rejected(rejected);
        }
        if (DatabaseUnavailable.causes(e)) {
            DatabaseUnavailable.logAnswered(request, cause);
            return error(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE);
        }
        log.error("request {} {} (request id {}) failed", request.getMethod(), request.getRequestURI(),
                request.getAttribute(RequestInfo.ATTRIBUTE) instanceof RequestInfo info ? info.requestId() : "-", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, UNKNOWN_FAILURE);
    }

    private static ResponseEntity<ErrorBody> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(new ErrorBody(status.value(), message));
    }
}
