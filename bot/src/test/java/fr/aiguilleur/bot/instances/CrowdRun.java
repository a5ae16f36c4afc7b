package fr.aiguilleur.bot.instances;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * 300 conversations through three instances, with repeated updates and one instance killed
 * halfway: every person gets exactly the answers one person got alone, in the same order.
 */
final class CrowdRun {

    static final int PEOPLE = 300;

    private CrowdRun() {
    }

    static void run(String where, TelegramCrowd crowd, List<Instance> instances, long firstChat) throws Exception {
        long reference = firstChat;
        var steps = crowd.script(reference, (int) (firstChat % 1_000_000) * 10 + 1);
        List<String> expected = crowd.texts(reference);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(steps.size());

        List<Long> people = LongStream.rangeClosed(firstChat + 1, firstChat + PEOPLE).boxed().toList();
        long started = System.nanoTime();
        crowd.walk(people, steps, (int) (firstChat % 1_000_000) * 10 + 1_000, () -> instances.get(2).kill());
        Map<Long, List<String>> answers = crowd.awaitAnswers(people, expected.size(), Duration.ofMinutes(4));
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();

        long lost = answers.values().stream().mapToLong(got -> Math.max(0, expected.size() - got.size())).sum();
        long extra = answers.values().stream().mapToLong(got -> Math.max(0, got.size() - expected.size())).sum();
        long outOfOrder = answers.values().stream().filter(got -> got.size() == expected.size() && !got.equals(expected))
                .count();
        Figures.note(("%s: %d conversations x %d updates (+%d repeated), %d posts refused or unanswered while an "
                + "instance was killed; %d answers expected, %d lost, %d duplicated, %d conversations out of order; %d ms")
                .formatted(where, PEOPLE, steps.size(), crowd.repeated.get(), crowd.refused.get(),
                        (long) PEOPLE * expected.size(), lost, extra, outOfOrder, millis));
        long uncertain = instances.stream().filter(Instance::alive).mapToLong(Instance::takenOverMidSend).sum();
        Figures.note("  updates taken over while a reply was being sent by the killed instance (at most once: that "
                + "reply may be lost): %d".formatted(uncertain));
        answers.forEach((chat, got) -> {
            if (!got.equals(expected)) {
                Figures.note("  chat " + chat + ": " + got.size() + " answers: " + got.stream()
                        .map(text -> text.substring(0, Math.min(30, text.length())).replace('\n', ' ')).toList());
            }
        });
        assertThat(instances.get(2).alive()).isFalse();
        assertThat(extra).as("duplicated answers").isZero();
        assertThat(outOfOrder).as("conversations answered out of order").isZero();
        assertThat(lost).as("answers lost beyond those being sent at the kill").isLessThanOrEqualTo(uncertain);
        assertThat(answers).allSatisfy((chat, got) -> assertThat(expected).as("answers to chat " + chat)
                .containsSubsequence(got));
    }
}
