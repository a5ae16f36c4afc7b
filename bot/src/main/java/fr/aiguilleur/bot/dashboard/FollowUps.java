package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.conversations.checkin.CheckIn;
import fr.aiguilleur.conversations.checkin.CheckInFigures;
import fr.aiguilleur.conversations.checkin.CheckIns;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The follow-up outcomes of a period, as a viewer may see them: an admin every check-in, a
 * territory coordinator those of the people of their territories (the coordinator their
 * département is routed to, as for a lead that names none). A check-in counts in the period its
 * first question went out in; the agreements count by the day they were given. Blocking: call off
 * the event loop.
 */
final class FollowUps {

    /** Check-ins whose place is unknown, in {@link CheckInFigures#byTerritory}. */
    private static final String UNKNOWN = "?";

    private final CheckIns checkIns;
    private final CoordinatorsSource coordinators;
    private final Labels labels;

    FollowUps(CheckIns checkIns, CoordinatorsSource coordinators, Labels labels) {
        this.checkIns = checkIns;
        this.coordinators = coordinators;
        this.labels = labels;
    }

    FollowUpView of(Viewer viewer, Period period) {
        List<CheckIn> seen = checkIns.all().stream().filter(checkIn -> sees(viewer, checkIn)).toList();
        int agreed = (int) seen.stream().filter(c -> c.agreedAt() != null && period.contains(c.agreedAt())).count();
        List<CheckIn> sent = seen.stream().filter(c -> c.sentAt() != null && period.contains(c.sentAt())).toList();
        return new FollowUpView(agreed, row(labels.text("dashboard.followup.total"), CheckInFigures.of(sent)),
                rows(CheckInFigures.byService(sent), labels::service),
                rows(CheckInFigures.byTerritory(sent),
                        departement -> UNKNOWN.equals(departement) ? labels.text("dashboard.unknown") : departement));
    }

    boolean sees(Viewer viewer, CheckIn checkIn) {
        return viewer.admin()
                || viewer.coordinatorId().equals(coordinators.get().route(checkIn.departement()).coordinator().id());
    }

    private List<FollowUpView.Row> rows(Map<String, CheckInFigures> groups, UnaryOperator<String> name) {
        return groups.entrySet().stream()
                .map(group -> row(name.apply(group.getKey()), group.getValue()))
                .sorted(Comparator.comparingInt(FollowUpView.Row::sent).reversed())
                .toList();
    }

    private FollowUpView.Row row(String label, CheckInFigures figures) {
        var changes = figures.meanChange().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(change -> new FollowUpView.Change(labels.axis(change.getKey()), points(change.getValue())))
                .toList();
        return new FollowUpView.Row(label, figures.sent(), figures.reached(), figures.went(), figures.helped(),
                figures.rescored(), figures.visitsAsked(), figures.stopped(),
                share(figures.reachedShare(), figures.sent()), share(figures.wentShare(), figures.reached()),
                share(figures.helpedShare(), figures.went()), changes);
    }

    private String share(double share, int whole) {
        return whole == 0 ? labels.none() : labels.text("dashboard.followup.percent", Math.round(share * 100));
    }

    /** Signed, one decimal, French: "-12,5", "+3,0". */
    static String points(double mean) {
        return String.format(Locale.FRENCH, "%+.1f", mean);
    }
}
