package org.fleetledger.gateway.http;

import org.fleetledger.command.ledger.EventLogPositions.AggregateVersion;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Adds the {@code ETag} a GET read (see {@link ResourceVersionInterceptor}) to its answer, unless the
 * answer is an error: a resource the caller may not see shows no version.
 */
@ControllerAdvice
class ResourceVersionAdvice implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (!(body instanceof ErrorBody) && request instanceof ServletServerHttpRequest servlet
                && servlet.getServletRequest().getAttribute(ResourceVersionInterceptor.READ_VERSION)
                instanceof AggregateVersion version) {
            response.getHeaders().set("ETag", ResourceVersionInterceptor.etag(version));
        }
        return body;
    }
}
