package fr.aiguilleur.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.aiguilleur.bot.leads.LeadListener;
import fr.aiguilleur.bot.support.Samples;
import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import fr.aiguilleur.conversations.leads.Leads;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** What a person (or a coordinator) sends, through the webhook, and what the bot does with it. */
class TelegramInputsTests extends WebhookTestSupport {

    static final String STALE = "Cette question a changé.";
    static final String UNSUPPORTED = "Je sais lire seulement le texte et les boutons.";

    @Autowired
    Leads leads;

    @Autowired
    List<LeadListener> leadListeners;

    private List<Map<String, Object>> startAndConsent() {
        person.types("/start");
        return person.taps("consent", "yes");
    }

    @Test
    void keepsAValidDeepLinkAsTheSourceOfTheConversation() {
        person.types("/start salon-2026_Bordeaux");

        assertThat(conversationOf(person).orElseThrow().source()).isEqualTo("salon-2026_Bordeaux");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/start salon 2026", "/start <b>salon</b>", "/start été"})
    void welcomesWithoutSourceAfterAMalformedDeepLink(String text) {
        var answer = person.types(text);

        assertThat(lastButtons(answer)).anyMatch(data -> data.endsWith("|consent|yes"));
        assertThat(conversationOf(person).orElseThrow().source()).isNull();
    }

    @Test
    void welcomesWithoutSourceAfterAnOverLongDeepLink() {
        var answer = person.types("/start " + "a".repeat(65));

        assertThat(lastButtons(answer)).anyMatch(data -> data.endsWith("|consent|yes"));
        assertThat(conversationOf(person).orElseThrow().source()).isNull();
    }

    @Test
    void reAsksTheQuestionAfterAStaleButtonFromAnOldQuestionnaireVersion() {
        var role = startAndConsent();
        String current = lastButtons(role).get(0);
        String old = current.replaceFirst("^c\\|v\\d+", "c|v0");

        var answer = person.taps(old);

        assertThat(textsOf(answer)).anyMatch(text -> withoutProgress(text).startsWith(STALE));
        assertThat(lastButtons(answer)).contains(current);
        assertThat(conversationOf(person).orElseThrow().step()).isEqualTo("role");
    }

    @ParameterizedTest
    @ValueSource(strings = {"c|v1.1|role|owner|admin", "{\"q\":\"role\",\"o\":\"owner\"}", "c|v1.999|role|owner", "%%%"})
    void reAsksTheQuestionAfterForgedButtonData(String forged) {
        startAndConsent();
        int tapId = UPDATE_IDS.get() + 1;

        var answer = person.taps(forged);

        assertThat(textsOf(answer)).anyMatch(text -> withoutProgress(text).startsWith(STALE));
        assertThat(conversationOf(person).orElseThrow().answers().get("role")).isEmpty();
        assertThat(API.answeredTaps()).contains("tap-" + tapId);
    }

    @Test
    void answersEveryTappedButton() {
        person.types("/start");
        int tapId = UPDATE_IDS.get() + 1;

        person.taps("consent", "yes");

        assertThat(API.answeredTaps()).contains("tap-" + tapId);
    }

    @Test
    void reAsksKindlyAfterEachKindOfMessageItCannotReadAndChangesNothing() {
        startAndConsent();
        Conversation before = conversationOf(person).orElseThrow();
        List<IntFunction<Map<String, Object>>> kinds = List.of(id -> Updates.photo(id, person.chatId()),
                id -> Updates.sticker(id, person.chatId()), id -> Updates.voice(id, person.chatId()),
                id -> Updates.document(id, person.chatId()), id -> Updates.location(id, person.chatId()));

        for (var kind : kinds) {
            var answer = person.sends(kind);

            assertThat(textsOf(answer)).anyMatch(text -> withoutProgress(text).startsWith(UNSUPPORTED));
            assertThat(lastButtons(answer)).anyMatch(data -> data.endsWith("|role|owner"));
        }
        Conversation after = conversationOf(person).orElseThrow();
        assertThat(after.step()).isEqualTo(before.step());
        assertThat(after.answers()).isEqualTo(before.answers());
        assertThat(after.stepCount()).isEqualTo(before.stepCount());
    }

    @Test
    void reAsksKindlyAfterAnEditedMessageAndChangesNothing() {
        startAndConsent();
        Conversation before = conversationOf(person).orElseThrow();

        var answer = person.sends(id -> Updates.edited(id, person.chatId(), "33210"));

        assertThat(textsOf(answer)).containsExactly(PersonTurns.EDITED_FR);
        assertThat(conversationOf(person).orElseThrow()).isEqualTo(before);
    }

    @Test
    void declinesANumberSharedBeforeItIsAskedFor() {
        startAndConsent();

        var answer = person.sends(id -> Updates.contact(id, person.chatId(), person.chatId(), "+33611223344"));

        assertThat(textsOf(answer)).anyMatch(text -> withoutProgress(text).startsWith("Merci, mais je n'ai pas besoin de votre numéro"));
        assertThat(conversationOf(person).orElseThrow().step()).isEqualTo("role");
    }

    @Test
    void ignoresAGroupMessage() {
        post(id -> Updates.groupText(id, -4_301, "group", "/start"));
        post(id -> Updates.groupText(id, -4_302, "supergroup", "bonjour"));

        settle();
        assertThat(API.messagesTo("-4301")).isEmpty();
        assertThat(API.messagesTo("-4302")).isEmpty();
    }

    @Test
    void leavesAGroupItIsAddedTo() {
        post(id -> Updates.myChatMember(id, -4_303, "group", "member"));

        await().atMost(Duration.ofSeconds(10)).until(() -> API.calls("leaveChat").stream()
                .anyMatch(call -> "-4303".equals(String.valueOf(call.get("chat_id")))));
    }

    @Test
    void offersCoordinatorsToTakeANewLeadAndGivesItToWhoeverTakesIt() {
        Lead lead = Samples.lead(Samples.newConversationId(), Samples.NOW);
        leads.save(lead);
        leadListeners.forEach(listener -> listener.onLeadConfirmed(lead));
        Map<String, Object> told = await().atMost(Duration.ofSeconds(10)).until(() -> API.messagesTo(COORDINATORS)
                .stream().filter(message -> String.valueOf(message.get("text")).contains(lead.id())).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        assertThat(TelegramChatPerson.callbackData(told)).containsExactly("lead|take|" + lead.id());

        post(id -> Updates.tapIn(id, Long.parseLong(COORDINATORS), "supergroup", 31, "Camille",
                "lead|take|" + lead.id(), (String) told.get("text")));

        await().atMost(Duration.ofSeconds(10)).until(() -> leads.find(lead.id()).orElseThrow().status()
                == LeadStatus.CONTACTED);
        await().atMost(Duration.ofSeconds(10)).until(() -> API.calls("editmessagetext").stream()
                .anyMatch(edit -> String.valueOf(edit.get("text")).endsWith("Pris par Camille")));
    }

    private static List<String> textsOf(List<Map<String, Object>> messages) {
        return messages.stream().map(message -> String.valueOf(message.get("text"))).toList();
    }

    /** The text below the question's number ("Question 1 sur 18"), which heads every diagnostic question. */
    private static String withoutProgress(String text) {
        return text.replaceFirst("^Question \\d+ sur \\d+\n\n", "");
    }
}
