package io.statusdashboard.web.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A webhook receiver in the test JVM, on loopback: answers 204 and keeps what it got, in order. */
final class WebhookReceiver implements AutoCloseable {

    /** One request as the receiver got it. */
    record Received(Instant at, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Received> unread = new LinkedBlockingQueue<>();
    private final List<Received> all = new ArrayList<>();

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    /** Listens on {@code port} of 127.0.0.1 (0: any free port). */
    static WebhookReceiver start(int port) throws IOException {
        WebhookReceiver receiver = new WebhookReceiver(HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0));
        receiver.server.createContext("/", exchange -> {
            Received received = new Received(Instant.now(), Map.copyOf(exchange.getRequestHeaders()),
                    exchange.getRequestBody().readAllBytes());
            synchronized (receiver) {
                receiver.all.add(received);
            }
            receiver.unread.add(received);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.server.start();
        return receiver;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next request not read yet, waiting up to {@code wait}; null if none came. */
    Received next(Duration wait) throws InterruptedException {
        return unread.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    synchronized int count() {
        return all.size();
    }

    /** Every request received so far, read or not. */
    synchronized List<Received> all() {
        return List.copyOf(all);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
