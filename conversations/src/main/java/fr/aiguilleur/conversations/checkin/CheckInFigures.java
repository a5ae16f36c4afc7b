package fr.aiguilleur.conversations.checkin;

import fr.aiguilleur.conversations.diagnosis.Axis;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the check-ins show a funder: of those sent, the share who answered (reached); of those, the
 * share who went to the service or saw the coordinator; of those, the share it helped; and the
 * mean change of each need score (negative: the need went down).
 *
 * @param agreed      check-ins agreed to
 * @param sent        sent (first question out)
 * @param reached     answered at least the first question
 * @param went        went to the service / saw the coordinator
 * @param helped      went, and it helped (a lot or a little)
 * @param rescored    answered the need question again
 * @param visitsAsked asked for a visit at the end
 * @param stopped     said "Non merci"
 * @param meanChange  mean change per axis over the rescored ones, in points (empty when none)
 */
public record CheckInFigures(int agreed, int sent, int reached, int went, int helped, int rescored,
        int visitsAsked, int stopped, Map<Axis, Double> meanChange) {

    public CheckInFigures {
        meanChange = Map.copyOf(meanChange);
    }

    public static CheckInFigures of(Collection<CheckIn> checkIns) {
        int sent = 0, reached = 0, went = 0, helped = 0, rescored = 0, visits = 0, stopped = 0;
        var totals = new EnumMap<Axis, Integer>(Axis.class);
        var counts = new EnumMap<Axis, Integer>(Axis.class);
        for (CheckIn checkIn : checkIns) {
            sent += checkIn.sentAt() != null ? 1 : 0;
            reached += checkIn.reached() ? 1 : 0;
            went += checkIn.wentThere() ? 1 : 0;
            helped += checkIn.wentThere() && checkIn.helpedThem() ? 1 : 0;
            visits += Boolean.TRUE.equals(checkIn.wantsVisit()) ? 1 : 0;
            stopped += checkIn.status() == CheckInStatus.STOPPED ? 1 : 0;
            var change = checkIn.change();
            rescored += change.isEmpty() ? 0 : 1;
            change.forEach((axis, points) -> {
                totals.merge(axis, points, Integer::sum);
                counts.merge(axis, 1, Integer::sum);
            });
        }
        var means = new EnumMap<Axis, Double>(Axis.class);
        totals.forEach((axis, total) -> means.put(axis, (double) total / counts.get(axis)));
        return new CheckInFigures(checkIns.size(), sent, reached, went, helped, rescored, visits, stopped, means);
    }

    /** The figures for each service the people were pointed to (a check-in counts for each of its services). */
    public static Map<String, CheckInFigures> byService(Collection<CheckIn> checkIns) {
        var grouped = new TreeMap<String, List<CheckIn>>();
        for (CheckIn checkIn : checkIns) {
            for (String service : checkIn.services()) {
                grouped.computeIfAbsent(service, key -> new java.util.ArrayList<>()).add(checkIn);
            }
        }
        return figures(grouped);
    }

    /** The figures for each département ("?" when unknown). */
    public static Map<String, CheckInFigures> byTerritory(Collection<CheckIn> checkIns) {
        return grouped(checkIns, checkIn -> checkIn.departement() == null ? "?" : checkIn.departement());
    }

    /** Of those sent, the share who answered; 0 when none was sent. */
    public double reachedShare() {
        return share(reached, sent);
    }

    /** Of those who answered, the share who went. */
    public double wentShare() {
        return share(went, reached);
    }

    /** Of those who went, the share it helped. */
    public double helpedShare() {
        return share(helped, went);
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static Map<String, CheckInFigures> grouped(Collection<CheckIn> checkIns, Function<CheckIn, String> key) {
        var grouped = new TreeMap<String, List<CheckIn>>();
        checkIns.forEach(checkIn -> grouped.computeIfAbsent(key.apply(checkIn), k -> new java.util.ArrayList<>())
                .add(checkIn));
        return figures(grouped);
    }

    private static Map<String, CheckInFigures> figures(TreeMap<String, List<CheckIn>> grouped) {
        var figures = new java.util.LinkedHashMap<String, CheckInFigures>();
        grouped.forEach((key, group) -> figures.put(key, of(group)));
        return java.util.Collections.unmodifiableMap(figures);
    }
}
