package fr.aiguilleur.bot.booking;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.BotTest;
import fr.aiguilleur.bot.Personas;
import fr.aiguilleur.bot.support.ChatVisitor;
import fr.aiguilleur.conversations.booking.Bookings;
import fr.aiguilleur.conversations.booking.Coordinators;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.Leads;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A whole booking on the web chat, with the packaged coordinators file (one demo coordinator, the fallback). */
@BotTest
class RoutingThroughTheChatTests {

    @Autowired
    WebTestClient client;

    @Autowired
    Leads leads;

    @Autowired
    Bookings bookings;

    @Autowired
    Coordinators coordinators;

    ChatVisitor atSlots(String postcode) {
        var answers = new LinkedHashMap<>(Personas.named("boulangere-seule-demarches-difficiles").answers());
        answers.put("postcode", postcode);
        return new ChatVisitor(client).taps("consent", "yes").answers(answers).taps("visit_offer", "accept")
                .taps("availability", "early").taps("availability", "done").taps("visit_format", "onsite");
    }

    Lead leadOf(ChatVisitor visitor) {
        return leads.all().stream().filter(lead -> lead.conversationId().value().endsWith(visitor.key())).findFirst()
                .orElseThrow();
    }

    @Test
    void givesALeadFromCorsicaToTheFallbackCoordinatorWhenNoSlotSuits() {
        ChatVisitor visitor = atSlots("20000").taps("slot", "none").types("Dumè").taps("contact_channel", "phone")
                .types("06 12 34 56 78").taps("confirm", "yes");

        Lead lead = leadOf(visitor);
        assertThat(lead.departement()).isEqualTo("2A");
        assertThat(lead.slot()).isNull();
        assertThat(lead.coordinatorId()).isEqualTo(coordinators.fallback().id()).isEqualTo("demo");
    }

    @Test
    void booksTheChosenSlotOfTheDemoCoordinatorForTheLead() {
        ChatVisitor visitor = atSlots("20000");
        String slotId = visitor.options().get(0);
        visitor.taps("slot", slotId).types("Dumè").taps("contact_channel", "phone").types("06 12 34 56 78")
                .taps("confirm", "yes");

        Lead lead = leadOf(visitor);
        assertThat(lead.slot().id()).isEqualTo(slotId);
        assertThat(lead.coordinatorId()).isEqualTo("demo");
        assertThat(bookings.take(lead.slot(), "someone-else")).isFalse();
        assertThat(lead.history()).singleElement().satisfies(created -> assertThat(created.by()).isEqualTo(Lead.PERSON));
    }
}
