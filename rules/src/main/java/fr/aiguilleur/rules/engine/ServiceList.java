package fr.aiguilleur.rules.engine;

import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Reason;
import fr.aiguilleur.rules.NeedScore;
import fr.aiguilleur.rules.ServiceLimit;
import fr.aiguilleur.rules.ServicePick;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the services the rules picked into the order shown (see {@link ServicePick}), without
 * repeats, within the smallest limit the rules set; each service keeps the reason of its first pick.
 *
 * @param services the service ids, in order
 * @param reasons  one reason per service, in the same order
 */
record ServiceList(List<String> services, List<Reason> reasons) {

    static ServiceList of(Findings findings) {
        Map<Axis, Integer> needRank = needRank(findings);
        int limit = findings.of(ServiceLimit.class).mapToInt(found -> found.fact().most()).min().orElse(Integer.MAX_VALUE);
        List<Findings.Found<ServicePick>> picks = new ArrayList<>(findings.of(ServicePick.class).toList());
        picks.sort(Comparator.<Findings.Found<ServicePick>>comparingInt(found -> found.fact().place().ordinal())
                .thenComparingInt(found -> found.fact().axis() == null ? 0 : needRank.getOrDefault(found.fact().axis(), 0))
                .thenComparingInt(found -> found.fact().order()));
        Map<String, Reason> chosen = new LinkedHashMap<>();
        for (Findings.Found<ServicePick> pick : picks) {
            if (chosen.size() < limit) {
                chosen.putIfAbsent(pick.fact().service(),
                        Reason.of(Reason.Kind.SERVICE, pick.rule(), pick.fact().reason()));
            }
        }
        return new ServiceList(List.copyOf(chosen.keySet()), List.copyOf(chosen.values()));
    }

    /** Position of each need: the highest score first; on a tie, the order of {@link Axis}. */
    private static Map<Axis, Integer> needRank(Findings findings) {
        List<NeedScore> scores = new ArrayList<>(findings.of(NeedScore.class).map(Findings.Found::fact).toList());
        scores.sort(Comparator.comparingInt(NeedScore::getScore).reversed()
                .thenComparing(score -> score.getAxis().ordinal()));
        Map<Axis, Integer> rank = new LinkedHashMap<>();
        scores.forEach(score -> rank.putIfAbsent(score.getAxis(), rank.size()));
        return rank;
    }
}
