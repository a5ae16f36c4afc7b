package fr.aiguilleur.bot.telegram;

import java.time.Duration;
import org.slf4j.Logger;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * A call made to Telegram once at start, in the background and retried until it succeeds, so that
 * the service starts even when Telegram cannot be reached. Started after the web server.
 */
abstract class BackgroundStart implements SmartLifecycle {

    private final Duration longestPause;
    private volatile Disposable attempt;

    BackgroundStart(Duration longestPause) {
        this.longestPause = longestPause;
    }

    /** The call; throws when it did not succeed, to be tried again. */
    abstract void run() throws Exception;

    abstract Logger log();

    /** What is being done, for the logs. */
    abstract String what();

    @Override
    public void start() {
        attempt = Mono.fromCallable(() -> {
                    run();
                    return true;
                })
                .subscribeOn(Schedulers.boundedElastic())
                .doOnError(failure -> log().warn("Telegram: {} failed ({}), tried again later", what(),
                        failure.getClass().getSimpleName()))
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)).maxBackoff(longestPause))
                .subscribe(done -> log().info("Telegram: {} done", what()), failure -> {
                });
    }

    @Override
    public void stop() {
        Disposable running = attempt;
        if (running != null) {
            running.dispose();
        }
        attempt = null;
    }

    @Override
    public boolean isRunning() {
        return attempt != null;
    }
}
