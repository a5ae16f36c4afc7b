package fr.aiguilleur.bot.bench;

import fr.aiguilleur.bot.chat.Switchboard;
import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.dialogue.DialogueEngine;
import fr.aiguilleur.conversations.dialogue.Input;
import fr.aiguilleur.conversations.dialogue.Turn;
import fr.aiguilleur.conversations.dialogue.Conversations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/**
 * Takes conversations one step further, timing each step: a random conversation of the thread's
 * share, the person's next input on the shop owner's path; a conversation at the end of the path
 * (or stuck) starts again, untimed.
 */
abstract sealed class StepRunner {

    static final List<String> PHASES = List.of("find (GET; HMGET with a result)", "engine.handle", "save (EVAL, then ZADD)");
    private static final PersonWalk WALK = new PersonWalk(PersonWalk.SHOP_OWNER);
    private static final int LONGEST = 80;

    final Conversations store;
    final DialogueEngine engine;

    StepRunner(Conversations store, DialogueEngine engine) {
        this.store = store;
        this.engine = engine;
    }

    /**
     * What the steps of one thread took, in nanoseconds: in all, and by phase when measured, with
     * the question each step answered.
     */
    record Timings(long[] total, long[][] phases, String[] questions) {

        Timings(int count) {
            this(new long[count], new long[PHASES.size()][count], new String[count]);
        }

        static ConversationStepBenchmark.Result merge(List<Timings> all, double seconds) {
            long[] total = concat(all.stream().map(Timings::total).toList());
            var phases = new ArrayList<Latencies>();
            for (int phase = 0; phase < PHASES.size(); phase++) {
                int p = phase;
                long[] merged = concat(all.stream().map(timings -> timings.phases()[p]).toList());
                phases.add(Latencies.of(merged, merged.length));
            }
            String[] questions = all.stream().flatMap(timings -> Arrays.stream(timings.questions()))
                    .toArray(String[]::new);
            return new ConversationStepBenchmark.Result(total.length, seconds, Latencies.of(total, total.length),
                    phases, byQuestion(questions, concat(all.stream().map(timings -> timings.phases()[1]).toList())));
        }

        /** The engine's share of the steps answering each question. */
        private static Map<String, Latencies> byQuestion(String[] questions, long[] handled) {
            var grouped = new TreeMap<String, List<Long>>();
            for (int i = 0; i < questions.length; i++) {
                grouped.computeIfAbsent(String.valueOf(questions[i]), q -> new ArrayList<>()).add(handled[i]);
            }
            var byQuestion = new TreeMap<String, Latencies>();
            grouped.forEach((question, nanos) -> byQuestion.put(question,
                    Latencies.of(nanos.stream().mapToLong(Long::longValue).toArray(), nanos.size())));
            return byQuestion;
        }

        private static long[] concat(List<long[]> arrays) {
            return arrays.stream().flatMapToLong(Arrays::stream).toArray();
        }
    }

    /** Conversations opened, stored, and each taken to a random point of the path (untimed). */
    static Walked[] population(StepRunner runner, int count) {
        var random = ThreadLocalRandom.current();
        var timings = new Timings(1);
        Walked[] population = new Walked[count];
        for (int i = 0; i < count; i++) {
            population[i] = runner.restart(null);
            for (int steps = random.nextInt(PersonWalk.SHOP_OWNER.size() + 8); steps > 0; steps--) {
                Optional<Input> input = population[i].next(WALK);
                if (input.isEmpty()) {
                    break;
                }
                population[i] = runner.step(population[i], input.get(), timings, 0);
            }
        }
        return population;
    }

    /** The indexes of the population that thread {@code thread} of {@code threads} works on. */
    static int[] share(Walked[] population, int thread, int threads) {
        return IntStream.range(0, population.length).filter(i -> i % threads == thread).toArray();
    }

    Timings steps(Walked[] population, int[] share, int count) {
        var random = ThreadLocalRandom.current();
        var timings = new Timings(count);
        int done = 0;
        while (done < count) {
            int i = share[random.nextInt(share.length)];
            Optional<Input> input = population[i].next(WALK);
            if (input.isEmpty() || population[i].conversation().version() > LONGEST) {
                population[i] = restart(population[i]);
                continue;
            }
            population[i] = step(population[i], input.get(), timings, done++);
        }
        return timings;
    }

    /** One timed step; notes its durations at {@code index}. */
    abstract Walked step(Walked walked, Input input, Timings timings, int index);

    /** A new conversation in place of this one (none at first), stored; untimed. */
    Walked restart(Walked old) {
        if (old != null) {
            store.delete(old.conversation().id());
        }
        Walked fresh = Walked.open(engine, Instant.now());
        store.save(fresh.conversation());
        return fresh;
    }

    /** The step as the issue states it: load the state, apply the answer, save. */
    static final class Direct extends StepRunner {

        Direct(Conversations store, DialogueEngine engine) {
            super(store, engine);
        }

        @Override
        Walked step(Walked walked, Input input, Timings timings, int index) {
            long start = System.nanoTime();
            Conversation found = store.find(walked.conversation().id()).orElseThrow();
            long loaded = System.nanoTime();
            Turn turn = engine.handle(found, input, Instant.now());
            long handled = System.nanoTime();
            store.save(turn.conversation());
            long saved = System.nanoTime();
            timings.total()[index] = saved - start;
            timings.phases()[0][index] = loaded - start;
            timings.phases()[1][index] = handled - loaded;
            timings.phases()[2][index] = saved - handled;
            timings.questions()[index] = found.step() + (isDone(input) ? " (done)" : "");
            return Walked.of(turn);
        }
    }

    /** The tap that ends a multi-choice (on the last diagnostic question, the rules run). */
    private static boolean isDone(Input input) {
        return input instanceof Input.Choice choice && "done".equals(choice.optionId());
    }

    /** The step as a channel makes it: the switchboard also stores counters, diagnoses and leads. */
    static final class ThroughSwitchboard extends StepRunner {

        private static final Duration WAIT = Duration.ofSeconds(10);
        private final Switchboard switchboard;

        ThroughSwitchboard(Switchboard switchboard, Conversations store, DialogueEngine engine) {
            super(store, engine);
            this.switchboard = switchboard;
        }

        @Override
        Walked step(Walked walked, Input input, Timings timings, int index) {
            Conversation before = walked.conversation();
            long start = System.nanoTime();
            var messages = switchboard.receive(before.id(), before.channel(), input).block(WAIT);
            timings.total()[index] = System.nanoTime() - start;
            Conversation after = store.find(before.id()).orElseThrow();
            if (after.version() != before.version() + 1) {
                throw new IllegalStateException("the switchboard did not take the step (busy?): " + messages);
            }
            return new Walked(after, messages);
        }
    }
}
