package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.bot.dashboard.indicators.FunnelCounters;
import fr.aiguilleur.bot.dashboard.indicators.FunnelCounters.Counter;
import fr.aiguilleur.bot.dashboard.indicators.Weeks;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.leads.Diagnoses;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.Leads;
import fr.aiguilleur.conversations.leads.StoredDiagnosis;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Computes the indicators of a period from the stored diagnoses, the leads and the funnel
 * counters. Blocking: call off the event loop.
 */
final class Indicators {

    private final Diagnoses diagnoses;
    private final Leads leads;
    private final FunnelCounters counters;
    private final Labels labels;
    private final Function<Lead, String> follower;

    /** @param follower the name of the coordinator who follows a lead */
    Indicators(Diagnoses diagnoses, Leads leads, FunnelCounters counters, Labels labels,
            Function<Lead, String> follower) {
        this.diagnoses = diagnoses;
        this.leads = leads;
        this.counters = counters;
        this.labels = labels;
        this.follower = follower;
    }

    /** Every chart of the indicators page, in the order shown. */
    List<Chart> charts(Period period) {
        List<StoredDiagnosis> made = diagnoses.all().stream().filter(d -> period.contains(d.recordedAt())).toList();
        List<Lead> booked = leads.all().stream().filter(lead -> period.contains(lead.createdAt())).toList();
        Map<String, Map<Counter, Long>> weeks = new TreeMap<>(counters.weeks());
        weeks.keySet().removeIf(week -> !period.overlaps(week));
        var sets = new IndicatorSets(labels);
        return List.of(
                sets.dropOff(counters.unfinished()),
                funnel(sets, weeks, made, booked),
                sets.needs(made),
                sets.count("sector", made, d -> labels.answers("sector", d.answers().get("sector"))),
                sets.count("territory", made,
                        d -> d.departement() == null ? labels.text("dashboard.unknown") : d.departement()),
                sets.perWeek(weeks, made, booked),
                sets.visits(booked, follower));
    }

    private Chart funnel(IndicatorSets sets, Map<String, Map<Counter, Long>> weeks, List<StoredDiagnosis> made,
            List<Lead> booked) {
        var bars = new ArrayList<Chart.Bar>();
        bars.add(step("started", sum(weeks, Counter.STARTED)));
        bars.add(step("consented", sum(weeks, Counter.CONSENTED)));
        bars.add(step("diagnosed", made.size()));
        bars.add(step("visit-proposed", decided(made, Decision.BOOK_VISIT)));
        bars.add(step("visit-requested", booked.size()));
        bars.add(step("referred", decided(made, Decision.REFER_TO_SERVICES)));
        bars.add(step("redirected", decided(made, Decision.REDIRECT)));
        return sets.chart("funnel", bars);
    }

    private Chart.Bar step(String name, long count) {
        return new Chart.Bar(labels.text("dashboard.chart.funnel." + name), count, "");
    }

    private static long sum(Map<String, Map<Counter, Long>> weeks, Counter counter) {
        return weeks.values().stream().mapToLong(counts -> counts.getOrDefault(counter, 0L)).sum();
    }

    private static long decided(List<StoredDiagnosis> made, Decision decision) {
        return made.stream().filter(d -> d.decision() == decision).count();
    }

    /** The week of each diagnosis. */
    static String weekOf(StoredDiagnosis diagnosis) {
        return Weeks.of(diagnosis.recordedAt());
    }
}
