package fr.aiguilleur.rules.engine;

import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.diagnosis.Diagnostician;
import fr.aiguilleur.conversations.places.PlaceCandidates;
import fr.aiguilleur.conversations.places.PlaceFinder;
import fr.aiguilleur.conversations.questionnaire.Postcodes;
import fr.aiguilleur.conversations.services.Service;
import fr.aiguilleur.conversations.services.ServiceCatalogue;
import fr.aiguilleur.rules.Answer;
import fr.aiguilleur.rules.LocalPlace;
import fr.aiguilleur.rules.PlaceNearby;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The diagnostician the application uses: runs the current rule set on checked answers. Safe to
 * share between threads; each diagnosis runs in its own session, on the rules current when it
 * starts (so a reload never changes a diagnosis half-way).
 */
public final class DroolsDiagnostician implements Diagnostician {

    private static final String POSTCODE = "postcode";

    private final Supplier<RuleSet> rules;
    private final ServiceCatalogue catalogue;
    private final String questionnaireVersion;
    private final PlaceFinder places;

    /**
     * @param rules                the rules to use, asked again for each diagnosis (see
     *                             {@code LiveRules})
     * @param catalogue            where the local places of the person's département are found
     * @param questionnaireVersion the version of the questionnaire the answers follow ("v1")
     */
    public DroolsDiagnostician(Supplier<RuleSet> rules, ServiceCatalogue catalogue, String questionnaireVersion) {
        this(rules, catalogue, questionnaireVersion, null);
    }

    /**
     * @param places where the places around the person's postcode are found, or {@code null} for
     *               no places
     */
    public DroolsDiagnostician(Supplier<RuleSet> rules, ServiceCatalogue catalogue, String questionnaireVersion,
            PlaceFinder places) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.questionnaireVersion = Objects.requireNonNull(questionnaireVersion, "questionnaireVersion");
        this.places = places;
    }

    /** Diagnoses checked answers (see {@code Questionnaire.check}). */
    @Override
    public Diagnosis diagnose(Answers answers) {
        return reason(answers).diagnosis();
    }

    /** Diagnoses checked answers and keeps every conclusion of the rules, for authors. */
    public Reasoning reason(Answers answers) {
        PlaceCandidates around = places == null ? null
                : answers.single(POSTCODE).flatMap(places::around).orElse(null);
        return reason(answers, departementOf(answers), around);
    }

    /**
     * Diagnoses answers for a known département (stored diagnoses keep the département, not the
     * postcode).
     *
     * @param departement the département code, or {@code null}
     */
    public Reasoning reason(Answers answers, String departement) {
        return reason(answers, departement, null);
    }

    /**
     * Diagnoses checked answers with these local places rather than the catalogue's (scenarios
     * stand in for an operator's catalogue this way).
     *
     * @param localPlaces the places' service ids, in order
     */
    public Reasoning reason(Answers answers, List<String> localPlaces) {
        RuleSet ruleSet = rules.get();
        List<Object> facts = facts(answers, null, null);
        for (int i = 0; i < localPlaces.size(); i++) {
            facts.add(new LocalPlace(localPlaces.get(i), localPlaces.get(i), i + 1));
        }
        Findings findings = ruleSet.run(facts);
        return new Reasoning(DiagnosisAssembler.assemble(findings, questionnaireVersion, ruleSet.version())
                .withPlaces(PlaceList.of(findings, null)), findings);
    }

    /**
     * Runs the rules on checked answers and gives what they concluded, without putting a diagnosis
     * together (to check conclusions a diagnosis could not be made of).
     *
     * @param ruleSet the rules to run
     */
    public Findings conclusions(RuleSet ruleSet, Answers answers) {
        PlaceCandidates around = places == null ? null
                : answers.single(POSTCODE).flatMap(places::around).orElse(null);
        return ruleSet.run(facts(answers, departementOf(answers), around));
    }

    private Reasoning reason(Answers answers, String departement, PlaceCandidates around) {
        RuleSet ruleSet = rules.get();
        Findings findings = ruleSet.run(facts(answers, departement, around));
        return new Reasoning(DiagnosisAssembler.assemble(findings, questionnaireVersion, ruleSet.version())
                .withPlaces(PlaceList.of(findings, around)), findings);
    }

    private List<Object> facts(Answers answers, String departement, PlaceCandidates around) {
        List<Object> facts = new ArrayList<>();
        answers.byQuestion().forEach((question, options) ->
                options.forEach(option -> facts.add(new Answer(question, option))));
        if (departement != null) {
            List<Service> places = catalogue.localPlaces(departement);
            for (int i = 0; i < places.size(); i++) {
                facts.add(new LocalPlace(places.get(i).id(), places.get(i).name(), i + 1));
            }
        }
        if (around != null) {
            around.places().forEach(nearby -> facts.add(new PlaceNearby(nearby.place().id(), nearby.place().name(),
                    nearby.km(), nearby.place().services(), nearby.place().programmes(), nearby.place().support(),
                    nearby.place().free())));
        }
        return facts;
    }

    private static String departementOf(Answers answers) {
        return answers.single(POSTCODE).flatMap(Postcodes::departement).orElse(null);
    }
}
