package fr.aiguilleur.bot.telegram;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Counts the calls to the Bot API by outcome: "ok", "429" (too fast), "403" (blocked by the
 * person), "5xx" (Telegram's side), "4xx" (other refusals) and "error" (no answer: network,
 * timeout). Every try counts, retries included.
 */
final class BotApiMeters implements Interceptor {

    static final String NAME = "aiguilleur.telegram.calls";
    private static final String[] OUTCOMES = {"ok", "429", "403", "5xx", "4xx", "error"};

    private final Map<String, Counter> byOutcome = new ConcurrentHashMap<>();

    BotApiMeters(MeterRegistry meters) {
        for (String outcome : OUTCOMES) {
            byOutcome.put(outcome, Counter.builder(NAME).tag("outcome", outcome)
                    .description("Calls to the Telegram Bot API, by outcome").register(meters));
        }
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        try {
            Response response = chain.proceed(chain.request());
            byOutcome.get(outcome(response.code())).increment();
            return response;
        } catch (IOException | RuntimeException e) {
            byOutcome.get("error").increment();
            throw e;
        }
    }

    static String outcome(int code) {
        if (code >= 200 && code < 300) {
            return "ok";
        }
        if (code == 429 || code == 403) {
            return Integer.toString(code);
        }
        return code >= 500 ? "5xx" : "4xx";
    }
}
