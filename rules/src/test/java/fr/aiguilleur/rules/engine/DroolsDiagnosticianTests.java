package fr.aiguilleur.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.diagnosis.Level;
import fr.aiguilleur.conversations.diagnosis.Reason;
import fr.aiguilleur.conversations.questionnaire.Questionnaire;
import fr.aiguilleur.conversations.services.Service;
import fr.aiguilleur.conversations.services.ServiceCatalogue;
import fr.aiguilleur.rules.PackagedRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DroolsDiagnosticianTests {

    private static final Map<String, Object> BOULANGERE = Map.ofEntries(
            Map.entry("role", "owner"), Map.entry("sector", "retail"), Map.entry("headcount", "solo"),
            Map.entry("postcode", "33210"), Map.entry("device_use", "phone"), Map.entry("autonomy", "with_help"),
            Map.entry("admin_online", "self_hard"), Map.entry("admin_blocked", "yes"), Map.entry("invoicing", "paper"),
            Map.entry("presence", List.of("nowhere")), Map.entry("customers_online", "sometimes"),
            Map.entry("tools", "paper"), Map.entry("backup", "unknown"), Map.entry("goal", "admin_time"),
            Map.entry("digital_plan", "none"), Map.entry("obstacles", List.of("time", "where_start")));

    private final DroolsDiagnostician diagnostician = PackagedRules.diagnostician();

    @Test
    void givesTheQuestionnaireAndRulesVersions() {
        Diagnosis diagnosis = diagnostician.diagnose(answers(BOULANGERE));

        assertThat(diagnosis.questionnaireVersion()).isEqualTo("v1");
        assertThat(diagnosis.rulesVersion()).isEqualTo(PackagedRules.ruleSet().version());
    }

    @Test
    void givesAReasonWithRuleAxisAndPointsForEveryContribution() {
        Diagnosis diagnosis = diagnostician.diagnose(answers(BOULANGERE));

        List<Reason> needs = diagnosis.reasons().stream().filter(reason -> reason.kind() == Reason.Kind.NEED).toList();
        assertThat(needs).hasSize(12).allSatisfy(reason -> {
            assertThat(reason.rule()).isNotBlank();
            assertThat(reason.axis()).isNotNull();
            assertThat(reason.points()).isNotNull();
            assertThat(reason.text()).isNotBlank();
        });
        assertThat(needs).filteredOn(reason -> reason.axis() == Axis.ADMINISTRATIVE)
                .extracting(Reason::points).containsExactlyInAnyOrder(40, 35, 25, 15);
        assertThat(needs).anySatisfy(reason -> {
            assertThat(reason.rule()).isEqualTo("A procedure is blocked right now");
            assertThat(reason.text()).isEqualTo("Une démarche en ligne vous bloque en ce moment.");
        });
    }

    @Test
    void givesAReasonForTheAutonomyTheDecisionThePriorityAndEachService() {
        Diagnosis diagnosis = diagnostician.diagnose(answers(BOULANGERE));

        assertThat(diagnosis.reasons()).filteredOn(reason -> reason.kind() == Reason.Kind.AUTONOMY).hasSize(1);
        assertThat(diagnosis.reasons()).filteredOn(reason -> reason.kind() == Reason.Kind.DECISION)
                .extracting(Reason::rule)
                .contains("Visit: a strong need and help would make a difference", "Urgent visit: a procedure is blocked");
        assertThat(diagnosis.reasons()).filteredOn(reason -> reason.kind() == Reason.Kind.SERVICE)
                .extracting(Reason::rule)
                .containsExactly("Administrative need: an agent to help with procedures",
                        "Administrative need: getting ready for e-invoicing");
    }

    @Test
    void leavesScoresAutonomyAndPriorityOutOfARedirect() {
        Diagnosis diagnosis = diagnostician.diagnose(answers(Map.of("role", "individual")));

        assertThat(diagnosis.decision()).isEqualTo(Decision.REDIRECT);
        assertThat(diagnosis.scores()).isEmpty();
        assertThat(diagnosis.levels()).isEmpty();
        assertThat(diagnosis.autonomy()).isNull();
        assertThat(diagnosis.priority()).isNull();
        assertThat(diagnosis.reasons()).extracting(Reason::kind)
                .containsOnly(Reason.Kind.DECISION, Reason.Kind.SERVICE);
    }

    @Test
    void givesNoPriorityWhenNoVisit() {
        assertThat(diagnostician.diagnose(answers(Map.of("role", "owner"))).priority()).isNull();
    }

    @Nested
    class LocalPlaces {

        private final DroolsDiagnostician withPlaces = PackagedRules.diagnostician(catalogueWithPlaces());

        @Test
        void comeAfterTheOtherServicesForPeopleOfTheirDepartement() {
            Diagnosis diagnosis = withPlaces.diagnose(answers(Map.of("postcode", "33500", "admin_online", "not_online")));

            assertThat(diagnosis.services()).containsExactly("france-services", "france-services-libourne",
                    "mediation-bordeaux");
            assertThat(diagnosis.reasons()).anySatisfy(reason ->
                    assertThat(reason.text()).isEqualTo("Près de chez vous : France Services de Libourne."));
        }

        @Test
        void stopAtFourServices() {
            Diagnosis diagnosis = withPlaces.diagnose(answers(Map.of("postcode", "33500", "admin_online", "self_hard",
                    "invoicing", "paper", "tools", "paper", "backup", "no")));

            assertThat(diagnosis.services()).containsExactly("france-services", "facturation-electronique",
                    "cybermalveillance", "pix");
        }

        @Test
        void areNotOfferedToPeopleOfAnotherDepartement() {
            Diagnosis diagnosis = withPlaces.diagnose(answers(Map.of("postcode", "59000", "admin_online", "not_online")));

            assertThat(diagnosis.services()).containsExactly("france-services");
        }

        @Test
        void areFoundForAStoredDiagnosisByItsDepartement() {
            Answers withoutPostcode = answers(Map.of("admin_online", "not_online"));

            assertThat(withPlaces.reason(withoutPostcode, "33").diagnosis().services())
                    .contains("france-services-libourne");
        }
    }

    @Test
    void usesTheRulesInUseWhenEachDiagnosisStarts() {
        AtomicReference<RuleSet> current = new AtomicReference<>(PackagedRules.ruleSet());
        DroolsDiagnostician live = new DroolsDiagnostician(current::get, ServiceCatalogue.packaged(), "v1");
        RuleSet other = new RuleCompiler().compile(new RuleFiles("test", List.of(EveryoneAutonomous.FILE))).orThrow();

        assertThat(live.diagnose(Answers.none()).autonomy()).isEqualTo(Level.MEDIUM);
        current.set(other);
        assertThat(live.diagnose(Answers.none()).autonomy()).isEqualTo(Level.HIGH);
        assertThat(live.diagnose(Answers.none()).rulesVersion()).isEqualTo(other.version());
    }

    @Test
    void givesTheSameResultsFromManyThreadsAtOnce() throws Exception {
        Answers answers = answers(BOULANGERE);
        Diagnosis expected = diagnostician.diagnose(answers);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Diagnosis>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> diagnostician.diagnose(answers)));
            }
            for (Future<Diagnosis> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Answers answers(Map<String, Object> raw) {
        var check = Questionnaire.packaged().check(raw);
        assertThat(check.problems()).isEmpty();
        return check.answers();
    }

    private static ServiceCatalogue catalogueWithPlaces() {
        List<Service> services = new ArrayList<>(ServiceCatalogue.packaged().all());
        services.add(new Service("france-services-libourne", "France Services de Libourne",
                Map.of("fr", "Un agent vous reçoit."), "https://www.france-services.gouv.fr",
                Set.of(Axis.ADMINISTRATIVE), Set.of(Level.LOW, Level.MEDIUM), "33", "1 place de la mairie", "05 00 00 00 00"));
        services.add(new Service("mediation-bordeaux", "Médiation numérique de Bordeaux", Map.of("fr", "Un lieu d'aide."),
                "https://example.org", Set.of(Axis.INTERNAL_TOOLS), Set.of(), "33", "2 rue du port", "05 00 00 00 01"));
        services.add(new Service("france-services-lyon", "France Services de Lyon", Map.of("fr", "Un agent vous reçoit."),
                "https://www.france-services.gouv.fr", Set.of(Axis.ADMINISTRATIVE), Set.of(), "69", "3 rue", "04 00 00 00 00"));
        return new ServiceCatalogue(services);
    }
}
