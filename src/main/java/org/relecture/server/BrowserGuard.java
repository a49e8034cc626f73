package org.relecture.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * What keeps web pages from using the server behind its user's back.
 *
 * <ul>
 * <li>DNS rebinding: a page of {@code evil.example} whose name is made to resolve to 127.0.0.1
 *     reaches the server as the same origin; its requests still say {@code Host: evil.example}.
 *     Requests must name the server by an IP address, {@code localhost}, the name it listens
 *     on, or a name allowed with {@code --allow-host}.</li>
 * <li>Cross-site requests: a form (or an image) on any site can send a check, which runs
 *     whether or not the page may read the answer. A check is refused when the browser says it
 *     comes from another origin ({@code Origin}, else {@code Sec-Fetch-Site}, else
 *     {@code Referer}) that {@code --allow-origin} does not allow. Clients that are not browsers
 *     (LanguageTool's own client, LibreOffice, LTeX) send none of these and are served.</li>
 * <li>Framing: every answer forbids being framed ({@code X-Frame-Options} and the
 *     Content-Security-Policy's {@code frame-ancestors}, which only work as headers).</li>
 * </ul>
 */
final class BrowserGuard {
    /** The checking page loads nothing but its own script and style, and talks only to the server. */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-fA-F:.]+(%[0-9a-zA-Z]+)?]");
    private static final String ANY = "*";

    /** A request's headers, by name. */
    interface Headers {
        String get(String name);
    }

    private final Set<String> hostNames = new HashSet<>();
    private final Optional<String> allowOrigin;

    BrowserGuard(String listenHost, Iterable<String> allowedHosts, Optional<String> allowOrigin) {
        hostNames.add("localhost");
        hostNames.add(listenHost.toLowerCase(Locale.ROOT));
        allowedHosts.forEach(h -> hostNames.add(h.toLowerCase(Locale.ROOT)));
        this.allowOrigin = allowOrigin.map(BrowserGuard::normalOrigin);
    }

    static BrowserGuard of(ServerSettings settings) {
        return new BrowserGuard(settings.address().getHostString(), settings.allowedHosts(), settings.allowOrigin());
    }

    /** @throws HttpError 403 when the request names the server by a name it was not given */
    void checkHost(Headers request) throws HttpError {
        String authority = request.get("Host");
        if (authority == null) {
            return; // HTTP/1.0 clients; every browser sends Host
        }
        String host = hostOf(authority);
        if (!IPV4.matcher(host).matches() && !IPV6.matcher(host).matches()
                && !hostNames.contains(host.toLowerCase(Locale.ROOT))) {
            throw new HttpError(403, "this server answers to its own address, not to the name '" + host
                    + "' (start it with --allow-host " + host + " to allow that name)");
        }
    }

    /** @throws HttpError 403 when a browser says the request comes from another site's page */
    void checkOrigin(Headers request) throws HttpError {
        String origin = request.get("Origin");
        if (origin == null) {
            String site = request.get("Sec-Fetch-Site");
            if (site != null) {
                if (!site.equals("same-origin") && !site.equals("none") && !allowOrigin.equals(Optional.of(ANY))) {
                    throw refused("another site (Sec-Fetch-Site: " + site + ")", "ORIGIN");
                }
                return;
            }
            origin = originOf(request.get("Referer"));
        }
        if (origin != null && !sameOrigin(origin, request.get("Host")) && !allowed(origin)) {
            throw refused(origin, origin);
        }
    }

    private boolean allowed(String origin) {
        return allowOrigin.isPresent() && (allowOrigin.get().equals(ANY) || allowOrigin.get().equals(normalOrigin(origin)));
    }

    private static HttpError refused(String from, String option) {
        return new HttpError(403, "a page of " + from + " may not send checks to this server "
                + "(start it with --allow-origin " + option + " to allow it)");
    }

    /** The headers every answer carries: no framing, no sniffing, and CORS for allowed origins. */
    void addHeaders(boolean page, BiConsumer<String, String> headers) {
        headers.accept("X-Content-Type-Options", "nosniff");
        headers.accept("X-Frame-Options", "DENY");
        headers.accept("Content-Security-Policy", page ? PAGE_POLICY : API_POLICY);
        allowOrigin.ifPresent(origin -> {
            headers.accept("Access-Control-Allow-Origin", origin);
            headers.accept("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
            headers.accept("Access-Control-Allow-Headers", "Content-Type");
        });
    }

    private static boolean sameOrigin(String origin, String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        try {
            URI uri = new URI(origin);
            URI self = new URI("http://" + hostHeader);
            return "http".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
                    && uri.getHost().equalsIgnoreCase(self.getHost()) && port(uri) == port(self);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() == -1 ? 80 : uri.getPort();
    }

    /** {@code scheme://host[:port]} of a URL, or null when there is none. */
    private static String originOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            return uri.getScheme() == null || uri.getRawAuthority() == null ? "null"
                    : uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (URISyntaxException e) {
            return "null";
        }
    }

    private static String normalOrigin(String origin) {
        String trimmed = origin.trim();
        return (trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed).toLowerCase(Locale.ROOT);
    }

    /** The host of a {@code Host} header: {@code name[:port]} or {@code [v6]:port}. */
    private static String hostOf(String authority) {
        String a = authority.trim();
        if (a.startsWith("[")) {
            int close = a.indexOf(']');
            return close < 0 ? a : a.substring(0, close + 1);
        }
        int colon = a.lastIndexOf(':');
        return colon < 0 ? a : a.substring(0, colon);
    }
}
