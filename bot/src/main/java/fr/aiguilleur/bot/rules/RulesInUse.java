package fr.aiguilleur.bot.rules;

import fr.aiguilleur.rules.engine.RuleSet;
import fr.aiguilleur.rules.live.LiveRules;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The live rules, built in the background when the service starts so that the chat answers at
 * once: building them takes seconds, and the first diagnosis comes minutes after a person arrives.
 * A diagnosis asked for before they are ready waits for them.
 */
public final class RulesInUse implements Supplier<RuleSet>, AutoCloseable {

    private final CompletableFuture<LiveRules> loading;
    private volatile Throwable failure;

    RulesInUse(Supplier<LiveRules> build) {
        this.loading = new CompletableFuture<>();
        Thread builder = new Thread(() -> {
            try {
                loading.complete(build.get());
            } catch (RuntimeException | Error e) {
                failure = e;
                loading.completeExceptionally(e);
            }
        }, "aiguilleur-rules-build");
        builder.setDaemon(true);
        builder.start();
    }

    /** The rule set in use, waiting while the rules are being built. */
    @Override
    public RuleSet get() {
        return loading.join().get();
    }

    /** The live rules once built; empty while building or when they could not be built. */
    public Optional<LiveRules> ready() {
        return loading.isDone() && !loading.isCompletedExceptionally() ? Optional.of(loading.join()) : Optional.empty();
    }

    /** Why the rules could not be built, when they could not. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public void close() {
        loading.thenAccept(LiveRules::close);
    }
}
