package org.fleetledger.gateway.http;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ApiExceptionHandlerTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();

    @Test
    void answersAnUnexpectedFailureWithoutItsCause() {
        ResponseEntity<ErrorBody> response = handler.unexpected(
                new IllegalStateException("connection to 10.1.2.3 refused, password=hunter2"),
                new MockHttpServletRequest("GET", "/v1/clouds"));
        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getBody()).isEqualTo(new ErrorBody(500, "An unknown exception occurred"));
    }

    @Test
    void findsAnHttpErrorWrappedInsideAnotherException() {
        ResponseEntity<ErrorBody> response = handler.unexpected(
                new RuntimeException(ApiException.notFound()), new MockHttpServletRequest());
        assertThat(response.getStatusCode().value()).isEqualTo(404);
    }
}
