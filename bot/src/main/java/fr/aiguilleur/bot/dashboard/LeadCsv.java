package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.StatusChange;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lead list as a CSV file for a French spreadsheet (see {@link CsvCells}): one lead per line,
 * with its status history and notes; dates as {@code dd/MM/yyyy HH:mm}, French time. The columns
 * are documented in docs/dashboard.md.
 */
final class LeadCsv {

    private static final List<String> FIRST = List.of("date", "first-name", "status", "postcode", "departement",
            "coordinator", "priority", "decision", "autonomy");
    private static final List<String> LAST = List.of("contact-by", "phone", "email", "moments", "format",
            "obstacles", "slot", "origin", "channel", "requested", "history", "notes", "last-change", "id");

    private final Labels labels;
    private final Function<Lead, String> follower;

    /** @param follower the name of the coordinator who follows a lead */
    LeadCsv(Labels labels, Function<Lead, String> follower) {
        this.labels = labels;
        this.follower = follower;
    }

    /** The whole file, byte order mark and header included. */
    String write(List<Lead> leads) {
        var out = new StringBuilder(CsvCells.BOM).append(CsvCells.row(header()));
        leads.forEach(lead -> out.append(CsvCells.row(cells(lead))));
        return out.toString();
    }

    private List<String> header() {
        var header = new ArrayList<String>();
        FIRST.forEach(column -> header.add(labels.text("dashboard.csv." + column)));
        for (Axis axis : Axis.values()) {
            header.add(labels.text("dashboard.csv.need", labels.axis(axis)));
        }
        header.add(labels.text("dashboard.csv.places"));
        LAST.forEach(column -> header.add(labels.text("dashboard.csv." + column)));
        return header;
    }

    private List<String> cells(Lead lead) {
        Diagnosis diagnosis = lead.diagnosis();
        var cells = new ArrayList<>(List.of(labels.dateTime(lead.createdAt()), text(lead.firstName()),
                labels.status(lead.status()), text(lead.postcode()), text(lead.departement()), follower.apply(lead),
                labels.priority(diagnosis == null ? null : diagnosis.priority()),
                labels.decision(diagnosis == null ? null : diagnosis.decision()),
                labels.autonomy(diagnosis == null ? null : diagnosis.autonomy())));
        for (Axis axis : Axis.values()) {
            cells.add(diagnosis == null || !diagnosis.levels().containsKey(axis) ? ""
                    : labels.text("dashboard.csv.level-score", labels.level(diagnosis.level(axis)),
                            diagnosis.score(axis)));
        }
        cells.add(places(diagnosis));
        cells.addAll(List.of(labels.answer("contact_channel", lead.contactChannel()),
                text(lead.phone()), text(lead.email()), labels.answers("availability", lead.availability()),
                labels.answer("visit_format", lead.visitFormat()), labels.answers("obstacles", lead.obstacles()),
                lead.slot() == null ? labels.text("dashboard.leads.call-back") : labels.dateTime(lead.slot().start()),
                text(lead.source()), labels.channel(lead.channel()),
                labels.text(lead.requestedByPerson() ? "dashboard.yes" : "dashboard.no"),
                history(lead), notes(lead), labels.dateTime(lead.lastContact()), lead.id()));
        return cells;
    }

    /** One line per place chosen for the person: "Espace France Services (4 km)". */
    private String places(Diagnosis diagnosis) {
        return diagnosis == null ? "" : diagnosis.places().stream().map(place -> labels.text(
                "dashboard.csv.places.line", place.name(), place.roundedKm())).collect(Collectors.joining("\n"));
    }

    /** One line per change, oldest first: "12/05/2026 11:30 Contactée (alice)". */
    private String history(Lead lead) {
        return lead.history().stream().map(change -> labels.text("dashboard.csv.history.line",
                labels.dateTime(change.at()), change.assignment() ? labels.text("dashboard.lead.history.taken")
                        : labels.status(change.to()), by(change))).collect(Collectors.joining("\n"));
    }

    private String notes(Lead lead) {
        return lead.notes().stream().map(note -> labels.text("dashboard.csv.note.line", labels.dateTime(note.at()),
                note.author(), note.text())).collect(Collectors.joining("\n"));
    }

    private String by(StatusChange change) {
        return change.by() == null ? labels.none()
                : Lead.PERSON.equals(change.by()) ? labels.text("dashboard.lead.history.by-person") : change.by();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
