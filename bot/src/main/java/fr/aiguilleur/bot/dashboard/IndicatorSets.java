package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.bot.dashboard.indicators.FunnelCounters.Counter;
import fr.aiguilleur.bot.dashboard.indicators.Weeks;
import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Level;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import fr.aiguilleur.conversations.leads.StoredDiagnosis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The charts that group diagnoses or leads: drop-off, needs, counts by a key, weeks, visits. */
final class IndicatorSets {

    private final Labels labels;

    IndicatorSets(Labels labels) {
        this.labels = labels;
    }

    Chart dropOff(Map<String, Long> unfinished) {
        var order = labels.questionOrder();
        List<Chart.Bar> bars = unfinished.entrySet().stream()
                .sorted(Comparator.comparingInt(entry -> order.indexOf(entry.getKey())))
                .map(entry -> new Chart.Bar(labels.shortQuestion(entry.getKey()), entry.getValue(), ""))
                .toList();
        return chart("dropoff", bars);
    }

    Chart needs(List<StoredDiagnosis> made) {
        var bars = new ArrayList<Chart.Bar>();
        for (Axis axis : Axis.values()) {
            long high = made.stream().filter(d -> d.levels().get(axis) == Level.HIGH).count();
            long medium = made.stream().filter(d -> d.levels().get(axis) == Level.MEDIUM).count();
            bars.add(new Chart.Bar(labels.axis(axis), high + medium, labels.text("dashboard.chart.needs.detail", high,
                    medium)));
        }
        return chart("needs", bars);
    }

    /** Diagnoses counted by a key, the largest first. */
    Chart count(String name, List<StoredDiagnosis> made, Function<StoredDiagnosis, String> key) {
        Map<String, Long> counts = made.stream().collect(Collectors.groupingBy(key, TreeMap::new,
                Collectors.counting()));
        return chart(name, largestFirst(counts));
    }

    Chart perWeek(Map<String, Map<Counter, Long>> weeks, List<StoredDiagnosis> made, List<Lead> booked) {
        var all = new TreeSet<>(weeks.keySet());
        made.forEach(d -> all.add(Indicators.weekOf(d)));
        booked.stream().filter(lead -> lead.createdAt() != null).forEach(lead -> all.add(Weeks.of(lead.createdAt())));
        var bars = new ArrayList<Chart.Bar>();
        for (String week : all) {
            Map<Counter, Long> counts = weeks.getOrDefault(week, Map.of());
            long diagnosed = made.stream().filter(d -> Indicators.weekOf(d).equals(week)).count();
            long requested = booked.stream().filter(l -> l.createdAt() != null && Weeks.of(l.createdAt()).equals(week))
                    .count();
            bars.add(new Chart.Bar(labels.text("dashboard.chart.weeks.label", week, Weeks.monday(week)), diagnosed,
                    labels.text("dashboard.chart.weeks.detail", counts.getOrDefault(Counter.STARTED, 0L), requested)));
        }
        return chart("weeks", bars);
    }

    Chart visits(List<Lead> booked, Function<Lead, String> follower) {
        Map<String, List<Lead>> byFollower = booked.stream().collect(Collectors.groupingBy(follower, TreeMap::new,
                Collectors.toList()));
        List<Chart.Bar> bars = byFollower.entrySet().stream()
                .map(entry -> new Chart.Bar(entry.getKey(), entry.getValue().size(),
                        labels.text("dashboard.chart.visits.detail",
                                entry.getValue().stream().filter(IndicatorSets::visited).count())))
                .sorted(Comparator.comparingLong(Chart.Bar::value).reversed())
                .toList();
        return chart("visits", bars);
    }

    /** A chart titled and explained by its {@code dashboard.chart.<name>} texts. */
    Chart chart(String name, List<Chart.Bar> bars) {
        return new Chart(labels.text("dashboard.chart." + name), labels.text("dashboard.chart." + name + ".note"),
                bars);
    }

    /** Whether the visit took place: the lead is or was "visited". */
    static boolean visited(Lead lead) {
        return lead.status() == LeadStatus.VISITED
                || lead.history().stream().anyMatch(change -> change.to() == LeadStatus.VISITED);
    }

    private static List<Chart.Bar> largestFirst(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .map(entry -> new Chart.Bar(entry.getKey(), entry.getValue(), ""))
                .sorted(Comparator.comparingLong(Chart.Bar::value).reversed())
                .toList();
    }
}
