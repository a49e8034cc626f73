package org.relecture.server;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The warm-up's client: {@code POST /v2/check} to the server's own port, as an editor sends it
 * (a form, HTTP/1.1, kept-alive connections), with the {@link WarmUpPass}. A server listening on
 * every interface is reached on loopback.
 */
final class LoopbackChecks implements WarmUp.Sender {
    /**
     * No time limit of its own: the server answers every check, with a 504 at its own limit
     * ({@code --timeout}), whereas a client's limit could strike first when the whole process is
     * held up (suspended, swapping) and then fail a check the server still answers.
     */
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI check;
    private final WarmUpPass pass;

    LoopbackChecks(InetSocketAddress listening, WarmUpPass pass) {
        InetAddress address = listening.getAddress().isAnyLocalAddress()
                ? InetAddress.getLoopbackAddress() : listening.getAddress();
        String host = address.getHostAddress();
        this.check = URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                + listening.getPort() + "/v2/check");
        this.pass = pass;
    }

    @Override
    public void check(String text) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(check)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(WarmUpPass.HEADER, pass.token())
                .POST(HttpRequest.BodyPublishers.ofString(
                        "language=fr&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("warm-up check answered " + answer.statusCode() + ": " + answer.body());
        }
    }
}
