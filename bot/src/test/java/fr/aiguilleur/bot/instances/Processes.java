package fr.aiguilleur.bot.instances;

/** What the multi-process tests do to the processes they start. */
final class Processes {

    private Processes() {
    }

    /** Kills it at once ({@code kill -9}) and waits until it is gone: nothing finished, nothing handed over. */
    static void kill(Process process) {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
