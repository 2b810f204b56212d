package org.fleetledger.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Kept-alive HTTP/1.1 connections to one server, each used by one exchange at a time on the caller's
 * own thread: the request is written and its answer read in full before the connection goes back for
 * the next exchange. The load generator shares the service's two cores, so what it spends per request
 * is taken from the service (ADR 0054): this costs a blocking write and read, where the JDK's client
 * hands every exchange between its selector and worker threads.
 *
 * <p>A connection the server closed while it was kept is found out by the next exchange on it, which
 * then reads nothing at all; that exchange is sent once more on a new connection. The server had not
 * read it (it closes only connections that wait for a request), so nothing is sent twice.
 */
final class HttpConnections implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MS = (int) Duration.ofSeconds(5).toMillis();
    private static final int ANSWER_TIMEOUT_MS = (int) Duration.ofSeconds(120).toMillis();
    private static final int MAX_LINE = 64 * 1024;

    private final InetSocketAddress server;
    private final String hostHeader;
    private final ConcurrentLinkedDeque<Connection> kept = new ConcurrentLinkedDeque<>();

    HttpConnections(String host, int port) {
        this.server = new InetSocketAddress(host, port);
        this.hostHeader = host + ":" + port;
    }

    /**
     * Sends one request and reads its whole answer.
     *
     * @param headers names and values, in pairs; {@code Host} and {@code Content-Length} are added here
     * @param body    the body, or {@code null} for none
     */
    Answer exchange(String method, String path, List<String> headers, byte[] body) throws IOException {
        byte[] request = request(method, path, headers, body);
        while (true) {
            Connection connection = kept.pollFirst();
            boolean wasKept = connection != null;
            if (connection == null) {
                connection = open();
            }
            Exchanged exchanged;
            try {
                exchanged = connection.exchange(request, method);
            } catch (ClosedBeforeAnswer e) {
                connection.close();
                if (wasKept) {
                    continue;
                }
                throw e;
            } catch (IOException | RuntimeException e) {
                connection.close();
                throw e;
            }
            if (exchanged.keepAlive()) {
                kept.addFirst(connection);
            } else {
                connection.close();
            }
            return exchanged.answer();
        }
    }

    @Override
    public void close() {
        for (Connection connection; (connection = kept.pollFirst()) != null; ) {
            connection.close();
        }
    }

    private Connection open() throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(server, CONNECT_TIMEOUT_MS);
            socket.setSoTimeout(ANSWER_TIMEOUT_MS);
            return new Connection(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private byte[] request(String method, String path, List<String> headers, byte[] body) {
        if (headers.size() % 2 != 0) {
            throw new IllegalArgumentException("headers come in name and value pairs");
        }
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(hostHeader).append("\r\n");
        for (int i = 0; i < headers.size(); i += 2) {
            head.append(headers.get(i)).append(": ").append(headers.get(i + 1)).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        byte[] start = head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
        if (body == null) {
            return start;
        }
        byte[] whole = new byte[start.length + body.length];
        System.arraycopy(start, 0, whole, 0, start.length);
        System.arraycopy(body, 0, whole, start.length, body.length);
        return whole;
    }

    /** An answer and whether its connection may carry the next exchange. */
    private record Exchanged(Answer answer, boolean keepAlive) {
    }

    /** The connection ended before the first byte of the answer. */
    private static final class ClosedBeforeAnswer extends EOFException {
        ClosedBeforeAnswer() {
            super("the connection was closed before the answer began");
        }
    }

    /** One socket, with its buffered reading side. */
    private static final class Connection {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            this.out = socket.getOutputStream();
        }

        Exchanged exchange(byte[] request, String method) throws IOException {
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // a kept connection the server has closed may refuse the write rather than answer nothing
                throw (IOException) new ClosedBeforeAnswer().initCause(e);
            }
            int first;
            try {
                first = in.read();
            } catch (SocketTimeoutException e) {
                throw e;
            } catch (IOException e) {
                // a reset rather than an end: the server closed the connection before reading the request
                throw (IOException) new ClosedBeforeAnswer().initCause(e);
            }
            if (first < 0) {
                throw new ClosedBeforeAnswer();
            }
            String statusLine = (char) first + line();
            if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
                throw new IOException("not an HTTP/1.x status line: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            Map<String, List<String>> headers = new HashMap<>();
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                if (colon <= 0) {
                    throw new IOException("malformed header: " + header);
                }
                headers.computeIfAbsent(header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        name -> new ArrayList<>(1)).add(header.substring(colon + 1).trim());
            }
            boolean keepAlive = !statusLine.startsWith("HTTP/1.0") && !has(headers, "connection", "close");
            byte[] body;
            if (method.equals("HEAD") || status / 100 == 1 || status == 204 || status == 304) {
                body = new byte[0];
            } else if (has(headers, "transfer-encoding", "chunked")) {
                body = chunked();
            } else if (headers.containsKey("content-length")) {
                int length = Integer.parseInt(headers.get("content-length").getFirst());
                body = in.readNBytes(length);
                if (body.length < length) {
                    throw new EOFException("the answer's body ended early");
                }
            } else {
                body = in.readAllBytes();
                keepAlive = false;
            }
            return new Exchanged(new Answer(status, headers, new String(body, StandardCharsets.UTF_8)), keepAlive);
        }

        private byte[] chunked() throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = line();
                int extension = sizeLine.indexOf(';');
                int size = Integer.parseInt((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim(), 16);
                if (size == 0) {
                    while (!line().isEmpty()) {
                        // trailers, not used
                    }
                    return body.toByteArray();
                }
                byte[] chunk = in.readNBytes(size);
                if (chunk.length < size) {
                    throw new EOFException("the answer's body ended inside a chunk");
                }
                body.write(chunk);
                if (!line().isEmpty()) {
                    throw new IOException("a chunk did not end with a line break");
                }
            }
        }

        /** One line without its CRLF, read as ISO-8859-1 (the head of an HTTP message is bytes, not UTF-8). */
        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            while (true) {
                int b = in.read();
                if (b < 0) {
                    throw new EOFException("the answer ended inside its head");
                }
                if (b == '\n') {
                    int end = line.length();
                    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
                }
                if (line.length() == MAX_LINE) {
                    throw new IOException("a line of the answer's head is longer than " + MAX_LINE + " bytes");
                }
                line.append((char) b);
            }
        }

        private static boolean has(Map<String, List<String>> headers, String name, String token) {
            for (String value : headers.getOrDefault(name, List.of())) {
                for (String part : value.split(",")) {
                    if (part.trim().equalsIgnoreCase(token)) {
                        return true;
                    }
                }
            }
            return false;
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing left to do with a connection that failed to close
            }
        }
    }
}
