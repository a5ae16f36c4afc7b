package fr.aiguilleur.rules.engine;

import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.diagnosis.Diagnostician;
import fr.aiguilleur.conversations.questionnaire.Postcodes;
import fr.aiguilleur.conversations.services.Service;
import fr.aiguilleur.conversations.services.ServiceCatalogue;
import fr.aiguilleur.rules.Answer;
import fr.aiguilleur.rules.LocalPlace;
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

    /**
     * @param rules                the rules to use, asked again for each diagnosis (see
     *                             {@code LiveRules})
     * @param catalogue            where the local places of the person's département are found
     * @param questionnaireVersion the version of the questionnaire the answers follow ("v1")
     */
    public DroolsDiagnostician(Supplier<RuleSet> rules, ServiceCatalogue catalogue, String questionnaireVersion) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.questionnaireVersion = Objects.requireNonNull(questionnaireVersion, "questionnaireVersion");
    }

    /** Diagnoses checked answers (see {@code Questionnaire.check}). */
    @Override
    public Diagnosis diagnose(Answers answers) {
        return reason(answers, departementOf(answers)).diagnosis();
    }

    /** Diagnoses checked answers and keeps every conclusion of the rules, for authors. */
    public Reasoning reason(Answers answers) {
        return reason(answers, departementOf(answers));
    }

    /**
     * Diagnoses answers for a known département (stored diagnoses keep the département, not the
     * postcode).
     *
     * @param departement the département code, or {@code null}
     */
    public Reasoning reason(Answers answers, String departement) {
        RuleSet ruleSet = rules.get();
        Findings findings = ruleSet.run(facts(answers, departement));
        return new Reasoning(DiagnosisAssembler.assemble(findings, questionnaireVersion, ruleSet.version()), findings);
    }

    /**
     * Diagnoses checked answers with these local places rather than the catalogue's (scenarios
     * stand in for an operator's catalogue this way).
     *
     * @param localPlaces the places' service ids, in order
     */
    public Reasoning reason(Answers answers, List<String> localPlaces) {
        RuleSet ruleSet = rules.get();
        List<Object> facts = facts(answers, null);
        for (int i = 0; i < localPlaces.size(); i++) {
            facts.add(new LocalPlace(localPlaces.get(i), localPlaces.get(i), i + 1));
        }
        Findings findings = ruleSet.run(facts);
        return new Reasoning(DiagnosisAssembler.assemble(findings, questionnaireVersion, ruleSet.version()), findings);
    }

    /**
     * Runs the rules on checked answers and gives what they concluded, without putting a diagnosis
     * together (to check conclusions a diagnosis could not be made of).
     *
     * @param ruleSet the rules to run
     */
    public Findings conclusions(RuleSet ruleSet, Answers answers) {
        return ruleSet.run(facts(answers, departementOf(answers)));
    }

    private List<Object> facts(Answers answers, String departement) {
        List<Object> facts = new ArrayList<>();
        answers.byQuestion().forEach((question, options) ->
                options.forEach(option -> facts.add(new Answer(question, option))));
        if (departement != null) {
            List<Service> places = catalogue.localPlaces(departement);
            for (int i = 0; i < places.size(); i++) {
                facts.add(new LocalPlace(places.get(i).id(), places.get(i).name(), i + 1));
            }
        }
        return facts;
    }

    private static String departementOf(Answers answers) {
        return answers.single(POSTCODE).flatMap(Postcodes::departement).orElse(null);
    }
}
