package fr.aiguilleur.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class OnCallingThreadTests {

    private final OnCallingThread executor = new OnCallingThread();

    @Test
    void runsEachTaskOnTheThreadHandingItOverBeforeReturning() {
        var ranOn = new AtomicReference<Thread>();

        executor.execute(() -> ranOn.set(Thread.currentThread()));

        assertThat(ranOn).hasValue(Thread.currentThread());
    }

    @Test
    void refusesTasksOnceShutDown() {
        executor.shutdown();

        assertThatThrownBy(() -> executor.execute(() -> { })).isInstanceOf(RejectedExecutionException.class);
        assertThat(executor.isShutdown()).isTrue();
        assertThat(executor.isTerminated()).isTrue();
    }
}
