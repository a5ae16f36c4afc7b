package fr.aiguilleur.rules.engine;

import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Reason;
import fr.aiguilleur.rules.NeedScore;
import fr.aiguilleur.rules.ServiceLimit;
import fr.aiguilleur.rules.ServicePick;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts the services the rules picked into the order shown (see {@link ServicePick}), without
 * repeats, within the smallest limit the rules set; each service keeps the reason of its first pick.
 *
 * @param services the service ids, in order
 * @param reasons  one reason per service, in the same order
 */
record ServiceList(List<String> services, List<Reason> reasons) {

    static ServiceList of(Findings findings) {
        int[] needRank = needRank(findings);
        int limit = Integer.MAX_VALUE;
        for (Findings.Found<ServiceLimit> found : findings.found(ServiceLimit.class)) {
            limit = Math.min(limit, found.fact().most());
        }
        List<Findings.Found<ServicePick>> picks = new ArrayList<>(findings.found(ServicePick.class));
        picks.sort(Comparator.<Findings.Found<ServicePick>>comparingInt(found -> found.fact().place().ordinal())
                .thenComparingInt(found -> found.fact().axis() == null ? 0 : needRank[found.fact().axis().ordinal()])
                .thenComparingInt(found -> found.fact().order()));
        List<String> services = new ArrayList<>(4);
        List<Reason> reasons = new ArrayList<>(4);
        for (int i = 0; i < picks.size() && services.size() < limit; i++) {
            ServicePick pick = picks.get(i).fact();
            if (!services.contains(pick.service())) {
                services.add(pick.service());
                reasons.add(Reason.of(Reason.Kind.SERVICE, picks.get(i).rule(), pick.reason(), pick.reasonEn()));
            }
        }
        return new ServiceList(List.copyOf(services), List.copyOf(reasons));
    }

    /**
     * Position of each need (by {@link Axis} ordinal): the highest score first; on a tie, the order
     * of {@link Axis}. A need without a score is at 0.
     */
    private static int[] needRank(Findings findings) {
        List<NeedScore> scores = new ArrayList<>(4);
        for (Findings.Found<NeedScore> found : findings.found(NeedScore.class)) {
            scores.add(found.fact());
        }
        scores.sort(Comparator.comparingInt(NeedScore::getScore).reversed()
                .thenComparingInt(score -> score.getAxis().ordinal()));
        int[] rank = new int[Axis.values().length];
        boolean[] ranked = new boolean[rank.length];
        int next = 0;
        for (NeedScore score : scores) {
            int axis = score.getAxis().ordinal();
            if (!ranked[axis]) {
                ranked[axis] = true;
                rank[axis] = next++;
            }
        }
        return rank;
    }
}
