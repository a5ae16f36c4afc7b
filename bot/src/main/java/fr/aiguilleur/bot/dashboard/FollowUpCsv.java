package fr.aiguilleur.bot.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * The follow-up outcomes as rows of the indicators CSV ({@code Indicateur;Libellé;Nombre;Détail}):
 * the totals, then the same figures for each service and each territory.
 */
final class FollowUpCsv {

    private final Labels labels;

    FollowUpCsv(Labels labels) {
        this.labels = labels;
    }

    List<List<String>> rows(FollowUpView view) {
        var rows = new ArrayList<List<String>>();
        String total = labels.text("dashboard.followup.title");
        rows.add(List.of(total, labels.text("dashboard.followup.agreed"), String.valueOf(view.agreed()), ""));
        group(rows, total, view.total());
        view.byService().forEach(row -> group(rows, labels.text("dashboard.followup.csv.service", row.label()), row));
        view.byTerritory().forEach(row ->
                group(rows, labels.text("dashboard.followup.csv.territory", row.label()), row));
        return rows;
    }

    private void group(List<List<String>> rows, String indicator, FollowUpView.Row row) {
        rows.add(line(indicator, "sent", row.sent(), ""));
        rows.add(line(indicator, "reached", row.reached(), share("reached", row.reachedShare(), row.sent())));
        rows.add(line(indicator, "went", row.went(), share("went", row.wentShare(), row.reached())));
        rows.add(line(indicator, "helped", row.helped(), share("helped", row.helpedShare(), row.went())));
        rows.add(line(indicator, "rescored", row.rescored(), ""));
        rows.add(line(indicator, "visits", row.visitsAsked(), ""));
        rows.add(line(indicator, "stopped", row.stopped(), ""));
        row.changes().forEach(change -> rows.add(List.of(indicator,
                labels.text("dashboard.followup.csv.change", change.axis()), change.points(),
                labels.text("dashboard.followup.csv.change.detail"))));
    }

    /** "75 % des suivis envoyés"; empty when there is nothing to divide by. */
    private String share(String figure, String share, int whole) {
        return whole == 0 ? "" : labels.text("dashboard.followup.csv." + figure + ".detail", share);
    }

    private List<String> line(String indicator, String figure, int count, String detail) {
        return List.of(indicator, labels.text("dashboard.followup." + figure), String.valueOf(count), detail);
    }
}
