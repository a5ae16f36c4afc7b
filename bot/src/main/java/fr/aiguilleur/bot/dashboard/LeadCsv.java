package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.leads.Lead;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The lead list as a CSV file for a French spreadsheet (see {@link CsvCells}): one lead per line. */
final class LeadCsv {

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
        var header = new ArrayList<>(List.of("Date", "Prénom", "Statut", "Code postal", "Département", "Coordinateur",
                "Priorité", "Décision", "Autonomie"));
        for (Axis axis : Axis.values()) {
            header.add("Besoin : " + labels.axis(axis));
        }
        header.addAll(List.of("Contact par", "Téléphone", "E-mail", "Moments", "Format", "Freins",
                "Créneau", "Origine", "Canal", "Demandée par la personne", "Identifiant"));
        return header;
    }

    private List<String> cells(Lead lead) {
        Diagnosis diagnosis = lead.diagnosis();
        var cells = new ArrayList<>(List.of(labels.dateTime(lead.createdAt()), text(lead.firstName()),
                labels.status(lead.status()), text(lead.postcode()), text(lead.departement()), follower.apply(lead),
                labels.priority(diagnosis == null ? null : diagnosis.priority()),
                labels.decision(diagnosis == null ? null : diagnosis.decision()),
                labels.level(diagnosis == null ? null : diagnosis.autonomy())));
        for (Axis axis : Axis.values()) {
            cells.add(diagnosis == null || !diagnosis.levels().containsKey(axis) ? ""
                    : labels.level(diagnosis.level(axis)) + " (" + diagnosis.score(axis) + ")");
        }
        cells.addAll(List.of(labels.answer("contact_channel", lead.contactChannel()),
                text(lead.phone()), text(lead.email()), labels.answers("availability", lead.availability()),
                labels.answer("visit_format", lead.visitFormat()), labels.answers("obstacles", lead.obstacles()),
                lead.slot() == null ? "À rappeler" : lead.slot().label(), text(lead.source()),
                labels.channel(lead.channel()), lead.requestedByPerson() ? "oui" : "non", lead.id()));
        return cells;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
