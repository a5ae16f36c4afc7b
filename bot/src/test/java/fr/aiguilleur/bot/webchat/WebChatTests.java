package fr.aiguilleur.bot.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.BotTest;
import fr.aiguilleur.bot.Personas;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Priority;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.Conversations;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import fr.aiguilleur.conversations.leads.Leads;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@BotTest
class WebChatTests {

    @Autowired
    WebTestClient client;

    @Autowired
    Leads leads;

    @Autowired
    Conversations conversations;

    @Nested
    class WholeConversation {

        @Test
        void booksVisitAndStoresTheLeadBeforeSayingSo() {
            var persona = Personas.named("boulangere-seule-demarches-difficiles");
            var person = new WebChatPerson(client).opens();

            person.taps("consent", "yes");
            person.answers(persona.answers());
            person.taps("visit_offer", "accept");
            person.taps("availability", "early");
            person.taps("availability", "done");
            person.taps("visit_format", "onsite");
            person.taps("slot", "none");
            person.types("Martine");
            person.taps("contact_channel", "phone");
            person.types("06 12 34 56 78");
            person.taps("confirm", "yes");

            Lead lead = leadOf(person);
            assertThat(lead.channel()).isEqualTo(Channel.WEB);
            assertThat(lead.firstName()).isEqualTo("Martine");
            assertThat(lead.contactChannel()).isEqualTo("phone");
            assertThat(lead.phone()).isEqualTo("+33612345678");
            assertThat(lead.postcode()).isEqualTo("33210");
            assertThat(lead.departement()).isEqualTo("33");
            assertThat(lead.availability()).containsExactly("early");
            assertThat(lead.visitFormat()).isEqualTo("onsite");
            assertThat(lead.slot()).as("no slot suited: to call back").isNull();
            assertThat(lead.requestedByPerson()).isFalse();
            assertThat(lead.status()).isEqualTo(LeadStatus.NEW);
            assertThat(lead.diagnosis().decision()).isEqualTo(Decision.BOOK_VISIT);
            assertThat(lead.diagnosis().priority()).isEqualTo(Priority.HIGH);
        }

        @Test
        void showsTheServicesToAPersonWhoCanManage() {
            var persona = Personas.named("graphiste-autonome-presence-a-revoir");
            var person = new WebChatPerson(client).opens();

            person.taps("consent", "yes");
            person.answers(persona.answers());

            assertThat(person.question()).as(person.transcript()).isEqualTo("ask_visit");
            assertThat(person.transcript()).contains("France Num");
            assertThat(leads.all()).noneMatch(lead -> lead.conversationId().value().endsWith(person.key()));
        }

        @Test
        void showsTheReasonsOfTheRulesInEnglishToAPersonWhoChoseEnglish() {
            var persona = Personas.named("graphiste-autonome-presence-a-revoir");
            var person = new WebChatPerson(client).opens();

            person.commands("langue");
            person.taps("consent", "yes");
            person.answers(persona.answers());

            assertThat(person.transcript()).as(person.transcript())
                    .contains("Your pages online are not really up to date.")
                    .doesNotContain("Vos pages sur internet ne sont pas vraiment à jour.");
        }

        private Lead leadOf(WebChatPerson person) {
            var id = new ConversationId("web:" + person.key());
            List<Lead> stored = leads.all().stream().filter(lead -> lead.conversationId().equals(id)).toList();
            assertThat(stored).as("leads of the conversation, after:\n%s", person.transcript()).hasSize(1);
            return stored.get(0);
        }
    }

    @Nested
    class Api {

        @Test
        void opensConversationWithServerMadeIdAndWelcome() {
            var person = new WebChatPerson(client).opens();

            assertThat(UUID.fromString(person.key())).isNotNull();
            assertThat(person.question()).isEqualTo("consent");
            assertThat(conversations.find(new ConversationId("web:" + person.key()))).isPresent();
        }

        @Test
        void showsTheLastMessagesAgainAfterAReload() {
            var person = new WebChatPerson(client).opens();
            person.taps("consent", "yes");

            client.get().uri("/api/chat/{key}", person.key()).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.messages[-1:].buttons[0].questionId").isEqualTo("role");
        }

        @Test
        void answersUnknownConversationWithKind404() {
            String unknown = UUID.randomUUID().toString();

            client.post().uri("/api/chat/{key}/messages", unknown).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"text\":\"bonjour\"}").exchange()
                    .expectStatus().isNotFound()
                    .expectBody().jsonPath("$.message").value(String.class,
                            message -> assertThat(message).contains("n'existe plus"));
            client.get().uri("/api/chat/{key}", unknown).exchange().expectStatus().isNotFound();
            assertThat(conversations.find(new ConversationId("web:" + unknown))).isEmpty();
        }

        @Test
        void treatsForgedIdAsUnknownConversation() {
            client.get().uri("/api/chat/{key}", "telegram:123456").exchange().expectStatus().isNotFound();
        }

        @Test
        void refusesTooLongTextKindly() {
            var person = new WebChatPerson(client).opens();

            client.post().uri("/api/chat/{key}/messages", person.key()).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"text\":\"" + "a".repeat(1001) + "\"}").exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.message").value(String.class,
                            message -> assertThat(message).contains("trop long"));
        }

        @Test
        void refusesMalformedJsonWithoutStackTrace() {
            var person = new WebChatPerson(client).opens();

            client.post().uri("/api/chat/{key}/messages", person.key()).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"text\": ").exchange()
                    .expectStatus().isBadRequest()
                    .expectBody(String.class).value(body -> assertThat(body)
                            .contains("JSON").doesNotContain("Exception").doesNotContain("at fr.").doesNotContain("trace"));
        }

        @Test
        void refusesHugeBodies() {
            var person = new WebChatPerson(client).opens();

            client.post().uri("/api/chat/{key}/messages", person.key()).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"text\":\"" + "a".repeat(100_000) + "\"}").exchange()
                    .expectStatus().value(status -> assertThat(status).isIn(400, 413))
                    .expectBody().jsonPath("$.message").exists();
        }

        @Test
        void refusesUnknownSource() {
            client.post().uri("/api/chat").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"source\":\"<script>\"}").exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.message").exists();
        }

        @Test
        void forgetsTheConversationWhenThePersonErasesIt() {
            var person = new WebChatPerson(client).opens();
            person.taps("consent", "yes");

            person.commands("oubli");
            var reply = person.taps(person.question(), "yes");

            assertThat(reply.erased()).as(person.transcript()).isTrue();
            assertThat(conversations.find(new ConversationId("web:" + person.key()))).isEmpty();
            client.get().uri("/api/chat/{key}", person.key()).exchange().expectStatus().isNotFound();
        }
    }

    @Nested
    class Page {

        @Test
        void servesTheChatPageInFrench() {
            client.get().uri("/").exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class).value(html -> assertThat(html)
                            .contains("lang=\"fr\"").contains("aria-live").contains("chat.js"));
        }

        @Test
        void answersUnknownPageWithFrenchPageNotWhitelabel() {
            client.get().uri("/nowhere").accept(MediaType.TEXT_HTML).exchange()
                    .expectStatus().isNotFound()
                    .expectBody(String.class).value(html -> assertThat(html)
                            .contains("n'existe pas").doesNotContain("Whitelabel").doesNotContain("Exception"));
        }

        @Test
        void answersUnknownApiAddressWithJson() {
            client.get().uri("/api/nowhere").exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                    .expectBody().jsonPath("$.message").exists();
        }
    }
}
