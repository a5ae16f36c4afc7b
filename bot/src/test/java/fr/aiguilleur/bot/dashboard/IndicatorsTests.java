package fr.aiguilleur.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.dashboard.indicators.FunnelCounters.Counter;
import fr.aiguilleur.bot.dashboard.indicators.InMemoryFunnelCounters;
import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Level;
import fr.aiguilleur.conversations.leads.InMemoryDiagnoses;
import fr.aiguilleur.conversations.leads.InMemoryLeads;
import fr.aiguilleur.conversations.leads.LeadStatus;
import fr.aiguilleur.conversations.leads.StoredDiagnosis;
import fr.aiguilleur.conversations.questionnaire.Questionnaires;
import fr.aiguilleur.conversations.services.ServiceCatalogue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The indicators computed on known diagnoses, leads and counters. */
class IndicatorsTests {

    private static final Instant MAY_12 = Instant.parse("2026-05-12T09:00:00Z");
    private static final Instant MAY_20 = Instant.parse("2026-05-20T09:00:00Z");

    private final InMemoryDiagnoses diagnoses = new InMemoryDiagnoses();
    private final InMemoryLeads leads = new InMemoryLeads();
    private final InMemoryFunnelCounters counters = new InMemoryFunnelCounters();
    private final Indicators indicators = new Indicators(diagnoses, leads, counters,
            new Labels(Questionnaires.packaged(), ServiceCatalogue.packaged()),
            lead -> "33".equals(lead.departement()) ? "Alice" : "Bruno");

    @BeforeEach
    void knownData() {
        diagnoses.record(diagnosis("a", MAY_12, "33", "retail", Decision.BOOK_VISIT, Level.HIGH));
        diagnoses.record(diagnosis("b", MAY_12, "33", "craft", Decision.REFER_TO_SERVICES, Level.MEDIUM));
        diagnoses.record(diagnosis("c", MAY_20, "75", "retail", Decision.REDIRECT, Level.LOW));
        leads.save(SampleLeads.lead("Ana", "33210", null, LeadStatus.NEW, MAY_12));
        leads.save(SampleLeads.lead("Bea", "75011", null, LeadStatus.NEW, MAY_20).moveTo(LeadStatus.VISITED, "bruno",
                MAY_20));
        for (int i = 0; i < 5; i++) {
            counters.add(Counter.STARTED, "2026-W20");
        }
        counters.add(Counter.CONSENTED, "2026-W20");
        counters.add(Counter.CONSENTED, "2026-W20");
        counters.add(Counter.STARTED, "2026-W21");
        counters.answered("k1", "sector");
        counters.answered("k2", "sector");
        counters.answered("k3", "role");
    }

    private static StoredDiagnosis diagnosis(String id, Instant at, String departement, String sector,
            Decision decision, Level presence) {
        return new StoredDiagnosis(id, at, departement, "v1", "r1", Map.of("sector", List.of(sector)), decision,
                decision == Decision.BOOK_VISIT ? fr.aiguilleur.conversations.diagnosis.Priority.HIGH : null,
                Level.LOW, Map.of(Axis.PRESENCE, 50), Map.of(Axis.PRESENCE, presence, Axis.STRATEGY, Level.LOW),
                List.of());
    }

    private Map<String, Long> chart(Period period, String title) {
        return indicators.charts(period).stream().filter(chart -> chart.title().equals(title)).findFirst()
                .orElseThrow().bars().stream()
                .collect(Collectors.toMap(Chart.Bar::label, Chart.Bar::value, Long::sum));
    }

    private static final Period ALL = new Period(null, null);

    @Test
    void countsEachStepOfTheFunnel() {
        assertThat(chart(ALL, "Parcours")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Conversations commencées", 6L, "Consentement donné", 2L, "Diagnostics terminés", 3L,
                "Visite proposée", 1L, "Visite demandée", 2L, "Orientées vers des services", 1L,
                "Réorientées ailleurs", 1L));
    }

    @Test
    void keepsToThePeriodAsked() {
        Period week20 = new Period(LocalDate.parse("2026-05-11"), LocalDate.parse("2026-05-17"));
        assertThat(chart(week20, "Parcours")).containsEntry("Conversations commencées", 5L)
                .containsEntry("Diagnostics terminés", 2L).containsEntry("Visite demandée", 1L)
                .containsEntry("Réorientées ailleurs", 0L);
    }

    @Test
    void countsDropOffByTheLastQuestionAnswered() {
        assertThat(chart(ALL, "Abandons par question")).containsOnlyKeys("Activité", "Rôle")
                .containsEntry("Activité", 2L);
    }

    @Test
    void countsMediumAndHighNeedsByAxis() {
        assertThat(chart(ALL, "Besoins")).containsEntry("Présence en ligne", 2L).containsEntry("Stratégie numérique", 0L);
    }

    @Test
    void countsDiagnosesBySectorTerritoryAndWeek() {
        assertThat(chart(ALL, "Diagnostics par activité")).containsExactlyInAnyOrderEntriesOf(
                Map.of("Commerce", 2L, "Artisanat", 1L));
        assertThat(chart(ALL, "Diagnostics par territoire")).containsExactlyInAnyOrderEntriesOf(
                Map.of("33", 2L, "75", 1L));
        assertThat(chart(ALL, "Diagnostics par semaine")).containsExactlyInAnyOrderEntriesOf(
                Map.of("2026-W20 (lundi 2026-05-11)", 2L, "2026-W21 (lundi 2026-05-18)", 1L));
    }

    @Test
    void countsVisitsPerCoordinatorAndThoseThatTookPlace() {
        var visits = indicators.charts(ALL).stream().filter(chart -> chart.title().equals("Visites par conseiller"))
                .findFirst().orElseThrow().bars().stream()
                .collect(Collectors.toMap(Chart.Bar::label, Function.identity()));
        assertThat(visits.get("Alice").value()).isEqualTo(1);
        assertThat(visits.get("Alice").detail()).isEqualTo("0 faites");
        assertThat(visits.get("Bruno").detail()).isEqualTo("1 faites");
    }

    @Test
    void drawsBarsRelativeToTheLargest() {
        var chart = new Chart("t", "n", List.of(new Chart.Bar("a", 10, ""), new Chart.Bar("b", 5, ""),
                new Chart.Bar("c", 0, "")));
        assertThat(chart.bars()).extracting(chart::width).containsExactly(Chart.FULL, Chart.FULL / 2, 0);
    }
}
