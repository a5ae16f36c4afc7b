package fr.aiguilleur.bot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The HTTP side of Telegram: OkHttp clients sharing one connection pool, pointed at the Bot API
 * base URL of the settings, and closed with the application. Long polling waits long for an
 * answer; every other call gives up after the sending timeout, and is retried. Calls other than
 * long polling run on the thread that makes them ({@link OnCallingThread}): the callers are
 * worker threads that wait for the answer anyway.
 */
public final class TelegramHttp implements AutoCloseable {

    /**
     * Calls under way at once besides long polling, and connections kept open for them (OkHttp
     * allows 5 calls per host and keeps 5 idle connections by default).
     */
    private static final int CONCURRENT_CALLS = 64;

    private final OkHttpClient http;
    private final OkHttpClient calls;
    private final TelegramUrl url;
    private final ObjectMapper json = new ObjectMapper();
    private final TelegramClient client;

    public TelegramHttp(TelegramSettings settings) {
        this(settings, new BotApiMeters(new CompositeMeterRegistry()));
    }

    /** @param meters counts every call but long polling by outcome */
    TelegramHttp(TelegramSettings settings, BotApiMeters meters) {
        this.url = telegramUrl(settings.apiUrl());
        this.http = new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(CONCURRENT_CALLS, 5, TimeUnit.MINUTES))
                .connectTimeout(10, TimeUnit.SECONDS)
                .writeTimeout(30, TimeUnit.SECONDS)
                .readTimeout(75, TimeUnit.SECONDS)
                .build();
        Duration timeout = settings.sending().timeout();
        var dispatcher = new Dispatcher(new OnCallingThread());
        dispatcher.setMaxRequests(CONCURRENT_CALLS);
        dispatcher.setMaxRequestsPerHost(CONCURRENT_CALLS);
        this.calls = http.newBuilder()
                .dispatcher(dispatcher)
                .addInterceptor(meters)
                .connectTimeout(timeout)
                .writeTimeout(timeout)
                .readTimeout(timeout)
                .callTimeout(timeout)
                .build();
        this.client = new OkHttpTelegramClient(json, calls, settings.token(), url);
    }

    /** The Bot API location: scheme, host and port; a path cannot be served by the library. */
    static TelegramUrl telegramUrl(String apiUrl) {
        URI uri = URI.create(apiUrl.strip());
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (uri.getScheme() == null || uri.getHost() == null || !(path.isEmpty() || "/".equals(path))) {
            throw new IllegalArgumentException("TELEGRAM_API_URL must look like https://host[:port], without a path");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
        return new TelegramUrl(uri.getScheme().toLowerCase(Locale.ROOT), uri.getHost(), port, false);
    }

    OkHttpClient http() {
        return http;
    }

    TelegramUrl url() {
        return url;
    }

    ObjectMapper json() {
        return json;
    }

    /** The client of every call but long polling. */
    TelegramClient client() {
        return client;
    }

    /** Ends a long poll in progress; sends in progress go on. */
    void cancelPolling() {
        http.dispatcher().runningCalls().stream()
                .filter(call -> call.request().url().encodedPath().endsWith("/getupdates"))
                .forEach(okhttp3.Call::cancel);
    }

    @Override
    public void close() {
        for (OkHttpClient client : new OkHttpClient[] {http, calls}) {
            client.dispatcher().cancelAll();
            client.dispatcher().executorService().shutdown();
        }
        http.connectionPool().evictAll();
    }
}
