package fr.aiguilleur.bot.places;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Downloads a places file to a temporary file beside the cache (JDK HTTP client, redirects followed). */
final class PlacesDownload {

    private final HttpClient http;
    private final URI url;
    private final Duration timeout;

    PlacesDownload(String url, Duration timeout) {
        this.url = URI.create(url);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(20)).build();
    }

    /** The downloaded file; throws when the server does not answer 200 or the body is cut. */
    Path to(Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, "download-", ".part");
        try {
            HttpResponse<Path> response = http.send(HttpRequest.newBuilder(url).timeout(timeout)
                    .header("Accept", "text/csv, */*").GET().build(), HttpResponse.BodyHandlers.ofFile(partial));
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            return partial;
        } catch (IOException | InterruptedException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }
}
