package org.fleetledger.gateway.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside Spring MVC (by the servlet container) get the same two-key body. Requests the
 * container refuses before any application code runs get it from {@link JsonErrorReportValve}.
 */
@RestController
class JsonErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ErrorBody> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 500;
        return ResponseEntity.status(status).body(new ErrorBody(status, message(status)));
    }

    /** The message of an error whose only known cause is its status. */
    static String message(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return switch (status) {
            case 404 -> ApiExceptionHandler.UNKNOWN_URL;
            case 405 -> ApiExceptionHandler.WRONG_METHOD;
            case 413 -> "The request body is larger than " + RequestInfoFilter.MAX_BODY_BYTES + " bytes.";
            case 400 -> JsonBodies.MALFORMED;
            default -> status >= 500 || known == null ? ApiExceptionHandler.UNKNOWN_FAILURE : known.getReasonPhrase();
        };
    }
}
