package fr.aiguilleur.conversations.booking;

import fr.aiguilleur.conversations.booking.CoordinatorsFile.Entry;
import fr.aiguilleur.conversations.yaml.YamlProblems;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a whole coordinators file (ids, territories, one fallback, logins) and builds it. */
final class CoordinatorsCheck {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,7}");

    private final CoordinatorsFile file;
    private final YamlProblems lines;
    private final Map<String, String> idAt = new HashMap<>();
    private final Map<String, String> territoryOwner = new HashMap<>();
    private final CoordinatorFields fields;

    CoordinatorsCheck(CoordinatorsFile file, YamlProblems lines) {
        this.file = file;
        this.lines = lines;
        this.fields = new CoordinatorFields(lines);
    }

    List<Coordinator> coordinators() {
        List<Entry> entries = file.coordinators() == null ? List.of() : file.coordinators();
        if (entries.isEmpty()) {
            lines.at("/coordinators", "there is no coordinator: give at least one, with fallback: true");
        }
        var coordinators = new ArrayList<Coordinator>();
        for (int i = 0; i < entries.size(); i++) {
            String at = "/coordinators/" + i;
            if (entries.get(i) == null) {
                lines.at(at, "this coordinator is empty");
                continue;
            }
            Coordinator coordinator = coordinator(entries.get(i), at);
            if (coordinator != null) {
                coordinators.add(coordinator);
            }
        }
        lines.throwIfAny(InvalidCoordinators::new);
        checkOneFallback(coordinators);
        lines.throwIfAny(InvalidCoordinators::new);
        return coordinators;
    }

    private Coordinator coordinator(Entry entry, String at) {
        String id = id(entry, at);
        if (entry.name() == null || entry.name().isBlank()) {
            lines.at(at, "coordinator " + (id == null ? "" : "'" + id + "' ") + "has no name");
        }
        boolean fallback = Boolean.TRUE.equals(entry.fallback());
        List<String> territories = territories(entry, at, id, fallback);
        int minutes = fields.minutes(entry, at);
        List<Coordinator.Window> windows = new Windows(lines, at + "/availability").read(entry.availability(), minutes);
        Set<String> formats = fields.formats(entry, at);
        ZoneId zone = fields.zone(entry, at);
        Coordinator.DashboardLogin login = fields.login(entry, at);
        fields.email(entry, at);
        if (id == null || entry.name() == null || windows == null || zone == null) {
            return null;
        }
        return new Coordinator(id, entry.name().strip(), territories, entry.telegramChatId(), blankToNull(entry.email()),
                windows, minutes, formats, zone, login, fallback);
    }

    private String id(Entry entry, String at) {
        if (entry.id() == null || !ID.matcher(entry.id()).matches()) {
            lines.at(at + "/id", "the id is missing or malformed: 1 to 8 lower-case letters, digits, '-' or '_'"
                    + " (for example: c1)");
            return null;
        }
        String first = idAt.putIfAbsent(entry.id(), at);
        if (first != null) {
            lines.at(at + "/id", "coordinator id '" + entry.id() + "' appears twice (first at line "
                    + lines.line(first) + ")");
        }
        return entry.id();
    }

    private List<String> territories(Entry entry, String at, String id, boolean fallback) {
        List<String> written = entry.territories() == null ? List.of() : entry.territories();
        if (written.isEmpty() && !fallback) {
            lines.at(at, "coordinator '" + id + "' has no territory: give some, or make it the fallback");
        }
        var territories = new ArrayList<String>();
        for (int j = 0; j < written.size(); j++) {
            String where = at + "/territories/" + j;
            var territory = Territory.parse(written.get(j));
            if (territory.isEmpty()) {
                lines.at(where, "'" + written.get(j) + "' is not a territory: give a département code (33, 2A, 974),"
                        + " a postcode prefix of 3 to 5 digits (331) or * for everywhere");
                continue;
            }
            String code = territory.get().code();
            String owner = territoryOwner.putIfAbsent(code, id);
            if (owner != null) {
                lines.at(where, "territory '" + code + "' is already given to coordinator '" + owner
                        + "': a territory has one coordinator");
            }
            territories.add(code);
        }
        return territories;
    }

    private void checkOneFallback(List<Coordinator> coordinators) {
        var fallbacks = coordinators.stream().filter(Coordinator::fallback).toList();
        if (fallbacks.isEmpty()) {
            lines.at("/coordinators", "no coordinator has fallback: true; one must get the places nobody covers");
        }
        for (Coordinator extra : fallbacks.subList(Math.min(1, fallbacks.size()), fallbacks.size())) {
            lines.at(idAt.get(extra.id()) + "/fallback", "coordinator '" + extra.id() + "' is a second fallback ('"
                    + fallbacks.get(0).id() + "' already is): only one coordinator has fallback: true");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
