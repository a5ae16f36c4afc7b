package fr.aiguilleur.bot.telegram;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * An executor that runs each task at once on the thread handing it over. Given to OkHttp's
 * dispatcher, it makes TelegramBots' client (which always queues a call and waits for it) send on
 * the worker that asked, instead of handing the call to a thread of OkHttp's and back.
 */
final class OnCallingThread extends AbstractExecutorService {

    private volatile boolean shutdown;

    @Override
    public void execute(Runnable task) {
        if (shutdown) {
            throw new RejectedExecutionException("closed");
        }
        task.run();
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    /** Tasks run on their callers: once shut down, none of them is this executor's any more. */
    @Override
    public boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return shutdown;
    }
}
