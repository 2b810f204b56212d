package org.fleetledger.gateway.http;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Writer;

/**
 * Tomcat's error report, in the contract's format: requests the container refuses while parsing them
 * (a control character in a header, a malformed or undecodable request target) never reach the
 * application, and would otherwise be answered with an HTML page.
 */
final class JsonErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(new ErrorBody(status, JsonErrorController.message(status))));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response already started: nothing more can be said
        }
    }
}
