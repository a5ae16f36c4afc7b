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
                .map(entry -> new Chart.Bar(labels.question(entry.getKey()), entry.getValue(), ""))
                .toList();
        return new Chart("Abandons par question", "La dernière question répondue par les conversations qui n'ont pas "
                + "(encore) abouti à un diagnostic, depuis le début du comptage.", bars);
    }

    Chart needs(List<StoredDiagnosis> made) {
        var bars = new ArrayList<Chart.Bar>();
        for (Axis axis : Axis.values()) {
            long high = made.stream().filter(d -> d.levels().get(axis) == Level.HIGH).count();
            long medium = made.stream().filter(d -> d.levels().get(axis) == Level.MEDIUM).count();
            bars.add(new Chart.Bar(labels.axis(axis), high + medium, high + " fort, " + medium + " moyen"));
        }
        return new Chart("Besoins", "Diagnostics où le besoin est moyen ou fort.", bars);
    }

    /** Diagnoses counted by a key, the largest first. */
    Chart count(String title, String note, List<StoredDiagnosis> made, Function<StoredDiagnosis, String> key) {
        Map<String, Long> counts = made.stream().collect(Collectors.groupingBy(key, TreeMap::new,
                Collectors.counting()));
        return new Chart(title, note, largestFirst(counts));
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
            bars.add(new Chart.Bar(week + " (lundi " + Weeks.monday(week) + ")", diagnosed,
                    counts.getOrDefault(Counter.STARTED, 0L) + " commencées, " + requested + " visites demandées"));
        }
        return new Chart("Diagnostics par semaine", "Semaines ISO, de lundi à dimanche.", bars);
    }

    Chart visits(List<Lead> booked, Function<Lead, String> follower) {
        Map<String, List<Lead>> byFollower = booked.stream().collect(Collectors.groupingBy(follower, TreeMap::new,
                Collectors.toList()));
        List<Chart.Bar> bars = byFollower.entrySet().stream()
                .map(entry -> new Chart.Bar(entry.getKey(), entry.getValue().size(),
                        entry.getValue().stream().filter(IndicatorSets::visited).count() + " faites"))
                .sorted(Comparator.comparingLong(Chart.Bar::value).reversed())
                .toList();
        return new Chart("Visites par conseiller", "Visites demandées, et combien ont eu lieu.", bars);
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
