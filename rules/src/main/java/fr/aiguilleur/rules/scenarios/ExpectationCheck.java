package fr.aiguilleur.rules.scenarios;

import fr.aiguilleur.conversations.texts.Texts;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares a diagnosis with what a scenario expects. For a redirect (expected or obtained), the
 * scores, levels, autonomy and priority are not checked: a redirect has none.
 */
final class ExpectationCheck {

    private final List<Mismatch> mismatches = new ArrayList<>();

    private final Texts texts;

    private ExpectationCheck(Texts texts) {
        this.texts = texts;
    }

    static List<Mismatch> compare(Expectation expect, Diagnosis diagnosis, Texts texts) {
        ExpectationCheck check = new ExpectationCheck(texts);
        check.same("decision", expect.decision(), diagnosis.decision());
        boolean redirect = expect.decision() == Decision.REDIRECT || diagnosis.decision() == Decision.REDIRECT;
        if (!redirect) {
            check.same("priority", expect.priority(), diagnosis.priority());
            check.same("autonomy", expect.autonomy(), diagnosis.autonomy());
            expect.scores().forEach((axis, score) -> check.same("scores." + axis, score, diagnosis.scores().get(axis)));
            expect.levels().forEach((axis, level) -> check.same("levels." + axis, level, diagnosis.levels().get(axis)));
        }
        check.same("services", expect.services(), diagnosis.services());
        check.same("places", expect.places(),
                diagnosis.places().stream().map(fr.aiguilleur.conversations.places.PlaceChoice::placeId).toList());
        for (String service : expect.servicesInclude()) {
            if (!diagnosis.services().contains(service)) {
                check.mismatches.add(new Mismatch("services_include", service, diagnosis.services().toString()));
            }
        }
        for (String service : expect.servicesExclude()) {
            if (diagnosis.services().contains(service)) {
                check.mismatches.add(new Mismatch("services_exclude", texts.get("rules.scenario.no-service", service), diagnosis.services().toString()));
            }
        }
        return check.mismatches;
    }

    private void same(String what, Object expected, Object actual) {
        if (expected != null && !Objects.equals(expected, actual)) {
            mismatches.add(new Mismatch(what, String.valueOf(expected), actual == null ? texts.get("rules.scenario.none") : String.valueOf(actual)));
        }
    }
}
