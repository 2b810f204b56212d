package org.fleetledger.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The benchmark's HTTP client against real HTTP servers on the loopback interface. */
class HttpConnectionsTest {

    private HttpServer server;
    private final Set<InetSocketAddress> peers = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/echo", this::echo);
        server.createContext("/streamed", exchange -> {
            peers.add(exchange.getRemoteAddress());
            exchange.sendResponseHeaders(200, 0); // no length: the body is sent in chunks
            try (OutputStream body = exchange.getResponseBody()) {
                for (int i = 0; i < 3; i++) {
                    body.write(("part " + i + "; ").getBytes(StandardCharsets.UTF_8));
                    body.flush();
                }
            }
        });
        server.createContext("/timings", exchange -> {
            exchange.getResponseHeaders().add("Server-Timing", "store;dur=1.5");
            exchange.getResponseHeaders().add("Server-Timing", "read-models;dur=2.5");
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void sendsTheRequestAndReadsTheWholeAnswer() throws IOException {
        try (HttpConnections http = connections()) {
            Answer answer = http.exchange("POST", "/echo?x=1", List.of("X-Auth-User", "root"),
                    "{\"name\": \"höst\"}".getBytes(StandardCharsets.UTF_8));

            assertThat(answer.status()).isEqualTo(201);
            assertThat(answer.body()).isEqualTo("POST /echo?x=1 root {\"name\": \"höst\"}");
            assertThat(answer.header("X-Echoed-Length")).contains("17");
            assertThat(answer.header("x-echoed-length")).contains("17");
            assertThat(answer.header("X-Missing")).isEmpty();
        }
    }

    @Test
    void readsABodySentInChunks() throws IOException {
        try (HttpConnections http = connections()) {
            Answer answer = http.exchange("GET", "/streamed", List.of(), null);

            assertThat(answer.body()).isEqualTo("part 0; part 1; part 2; ");
            assertThat(answer.values("Transfer-Encoding")).containsExactly("chunked");
        }
    }

    @Test
    void keepsEveryValueOfARepeatedHeaderInOrder() throws IOException {
        try (HttpConnections http = connections()) {
            Answer answer = http.exchange("GET", "/timings", List.of(), null);

            assertThat(answer.status()).isEqualTo(204);
            assertThat(answer.body()).isEmpty();
            assertThat(answer.values("Server-Timing")).containsExactly("store;dur=1.5", "read-models;dur=2.5");
        }
    }

    @Test
    void sendsOneExchangeAfterAnotherOnTheSameConnection() throws IOException {
        try (HttpConnections http = connections()) {
            for (int i = 0; i < 20; i++) {
                assertThat(http.exchange("GET", "/echo", List.of("X-Auth-User", "u" + i), null).body())
                        .isEqualTo("GET /echo u" + i + " ");
                assertThat(http.exchange("GET", "/streamed", List.of(), null).status()).isEqualTo(200);
            }
        }
        assertThat(peers).hasSize(1);
    }

    @Test
    void opensAConnectionPerExchangeInFlight() throws Exception {
        try (HttpConnections http = connections(); ExecutorService clients = Executors.newFixedThreadPool(4)) {
            List<Future<String>> bodies = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String user = "client-" + i;
                bodies.add(clients.submit(() -> http.exchange("PUT", "/echo", List.of("X-Auth-User", user),
                        user.getBytes(StandardCharsets.UTF_8)).body()));
            }
            for (int i = 0; i < 40; i++) {
                assertThat(bodies.get(i).get()).isEqualTo("PUT /echo client-" + i + " client-" + i);
            }
        }
        assertThat(peers).hasSizeBetween(1, 4);
    }

    @Test
    void sendsAgainOnANewConnectionWhenTheServerClosedAKeptOne() throws Exception {
        AtomicInteger accepted = new AtomicInteger();
        // the socket is declared last so that it closes first, ending the serving thread's accept
        try (ExecutorService serving = Executors.newSingleThreadExecutor();
             ServerSocket closing = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            // answers the first request of each connection, then closes it without saying so
            serving.submit(() -> {
                while (!closing.isClosed()) {
                    try (Socket socket = closing.accept()) {
                        int n = accepted.incrementAndGet();
                        readHead(socket.getInputStream());
                        socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\n" + n)
                                .getBytes(StandardCharsets.US_ASCII));
                    } catch (IOException e) {
                        return null;
                    }
                }
                return null;
            });
            try (HttpConnections http = new HttpConnections("127.0.0.1", closing.getLocalPort())) {
                assertThat(http.exchange("GET", "/", List.of(), null).body()).isEqualTo("1");
                assertThat(http.exchange("GET", "/", List.of(), null).body()).isEqualTo("2");
            }
        }
        assertThat(accepted).hasValue(2);
    }

    @Test
    void closesAConnectionTheServerAsksToClose() throws IOException {
        server.createContext("/last", exchange -> {
            peers.add(exchange.getRemoteAddress());
            exchange.getResponseHeaders().add("Connection", "close");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        try (HttpConnections http = connections()) {
            http.exchange("GET", "/last", List.of(), null);
            http.exchange("GET", "/last", List.of(), null);
        }
        assertThat(peers).hasSize(2);
    }

    @Test
    void failsWhenNothingListens() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        try (HttpConnections http = new HttpConnections("127.0.0.1", port)) {
            assertThatThrownBy(() -> http.exchange("GET", "/", List.of(), null)).isInstanceOf(IOException.class);
        }
    }

    private HttpConnections connections() {
        return new HttpConnections("127.0.0.1", server.getAddress().getPort());
    }

    /** Answers 201 with the request's method, path, user and body, and the body's length as a header. */
    private void echo(HttpExchange exchange) throws IOException {
        peers.add(exchange.getRemoteAddress());
        byte[] request = exchange.getRequestBody().readAllBytes();
        String user = exchange.getRequestHeaders().getFirst("X-Auth-User");
        byte[] body = (exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + user + " "
                + new String(request, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("X-Echoed-Length", Integer.toString(request.length));
        exchange.sendResponseHeaders(exchange.getRequestMethod().equals("POST") ? 201 : 200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed inside the head");
            }
            matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
        }
    }
}
