package org.fleetledger.gateway.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.0 written byte for byte (so the answer is not chunked), for what Java's own client will not
 * send: header values in UTF-8, as curl and most scripts send them, request targets that are not valid
 * URIs, and bodies that are not valid UTF-8.
 */
public final class RawHttp {

    private RawHttp() {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Sends one request with {@code Connection: close}; answers the whole response as text. */
    public static String exchange(int port, String method, String path, Map<String, String> headers, String body) {
        return exchange(port, method, path, headers, body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends one request of any bytes; answers the response parsed: status, headers, body and its JSON.
     * The status is 0 when the answer does not begin with an HTTP status line.
     */
    public static ApiResponse send(int port, String method, String target, Map<String, String> headers, byte[] body) {
        String response = exchange(port, method, target, headers, body);
        int endOfHead = response.indexOf("\r\n\r\n");
        String head = endOfHead < 0 ? response : response.substring(0, endOfHead);
        String text = endOfHead < 0 ? "" : response.substring(endOfHead + 4);
        String[] lines = head.split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        int status = statusLine.length > 1 && statusLine[1].matches("\\d{3}") ? Integer.parseInt(statusLine[1]) : 0;
        Map<String, List<String>> fields = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                fields.computeIfAbsent(lines[i].substring(0, colon).trim(), name -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
        }
        JsonNode json;
        try {
            json = text.isEmpty() ? null : JSON.readTree(text);
        } catch (RuntimeException notJson) {
            json = null;
        }
        return new ApiResponse(status, HttpHeaders.of(fields, (name, value) -> true), text, json);
    }

    private static String exchange(int port, String method, String path, Map<String, String> headers,
                                   byte[] payload) {
        StringBuilder head = new StringBuilder()
                .append(method).append(' ').append(path).append(" HTTP/1.0\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n")
                .append("Connection: close\r\n")
                .append("Content-Length: ").append(payload.length).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(payload);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
