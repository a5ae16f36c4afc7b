package fr.aiguilleur.bot.telegram.coordinators;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.support.Samples;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.questionnaire.Questionnaires;
import org.junit.jupiter.api.Test;

class LeadSummaryTests {

    private final LeadSummary summary = new LeadSummary(Questionnaires.packaged());
    private final Lead lead = Samples.lead(Samples.newConversationId(), Samples.NOW);

    @Test
    void saysWhoAndHowToReachThem() {
        assertThat(summary.of(lead))
                .startsWith("Nouvelle demande de visite — priorité haute")
                .contains("Prénom : Élodie")
                .contains("Contact : par téléphone, +33612345678")
                .contains("Code postal : 33210 (département 33)");
    }

    @Test
    void givesTheDecisionAndTheFourNeedsWithTheirReasons() {
        assertThat(summary.of(lead))
                .contains("Décision : visite proposée, priorité haute")
                .contains("• Démarches administratives : fort (70/100)")
                .contains("   – Vos démarches en ligne sont compliquées.")
                .contains("• Présence en ligne : moyen (45/100)")
                .contains("   – Vos clients ne vous trouvent pas <en ligne>.")
                .contains("• Outils internes : faible (20/100)")
                .contains("• Stratégie numérique : moyen (55/100)")
                .contains("Autonomie numérique : faible");
    }

    @Test
    void givesTheBookingInTheQuestionnairesWords() {
        assertThat(summary.of(lead))
                .contains("Disponibilités : Tôt le matin, En fin de journée")
                .contains("Format : Sur place, dans l'entreprise")
                .contains("Créneau : mardi 19 mai, 9 h")
                .contains("Source : salon-2026")
                .contains("Demandée par la personne : non")
                .contains("Référence : " + lead.id());
    }

    @Test
    void saysACoordinatorShouldCallBackWhenNoSlotWasChosen() {
        Lead toCallBack = new Lead(lead.id(), lead.conversationId(), lead.channel(), null, lead.createdAt(),
                lead.firstName(), "email", null, "elodie@example.fr", lead.postcode(), lead.departement(),
                lead.diagnosis(), lead.availability(), lead.visitFormat(), null, true, lead.status());

        assertThat(summary.of(toCallBack))
                .contains("Créneau : à rappeler")
                .contains("Contact : par e-mail, elodie@example.fr")
                .contains("Source : non précisé")
                .contains("Demandée par la personne : oui");
    }
}
