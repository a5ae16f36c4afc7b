package fr.aiguilleur.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import fr.aiguilleur.bot.leads.LeadListener;
import fr.aiguilleur.bot.support.Samples;
import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.diagnosis.Diagnostician;
import fr.aiguilleur.conversations.diagnosis.Reason;
import fr.aiguilleur.conversations.leads.Lead;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The Telegram channel against a Bot API played by WireMock, with the real switchboard and
 * dialogue (the rules replaced by a fixed diagnosis). One application context, polling one fake
 * API, for the whole class: hence no nested classes here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "aiguilleur.redis.url=",
        "aiguilleur.telegram.token=" + FakeBotApi.TOKEN,
        "aiguilleur.telegram.coordinator-chat-id=" + TelegramChannelTests.COORDINATORS,
        "aiguilleur.telegram.sending.per-second=10000",
        "aiguilleur.telegram.sending.per-chat-per-second=10000",
        "aiguilleur.telegram.sending.per-chat-burst=100",
        "aiguilleur.telegram.sending.first-retry-after=20ms",
        "aiguilleur.config-dir=target/no-operator-config"})
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramChannelTests {

    static final String COORDINATORS = "-100777";
    static final FakeBotApi API = new FakeBotApi();
    private static final AtomicLong CHATS = new AtomicLong(9_000_000);

    @DynamicPropertySource
    static void botApi(DynamicPropertyRegistry registry) {
        registry.add("aiguilleur.telegram.api-url", API::url);
    }

    @Autowired
    TelegramPolling polling;

    /** Stops polling before the fake API goes, so the poller does not knock at a closed door. */
    @AfterAll
    void stopApi() {
        polling.stop();
        API.close();
    }

    @MockitoBean
    Diagnostician diagnostician;

    @Autowired
    List<LeadListener> leadListeners;

    TelegramChatPerson person;

    @BeforeEach
    void newPerson() {
        when(diagnostician.diagnose(any())).thenReturn(Samples.diagnosis());
        person = new TelegramChatPerson(API, CHATS.incrementAndGet());
    }

    @Test
    void welcomesWithTheConsentButtons() {
        var answer = person.types("/start salon-2026");

        assertThat(lastButtons(answer)).anyMatch(data -> data.endsWith("|consent|yes"))
                .anyMatch(data -> data.endsWith("|consent|no"))
                .allSatisfy(data -> assertThat(data.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(64));
        assertThat(answer).allSatisfy(message -> assertThat(message).doesNotContainKey("parse_mode"));
    }

    @Test
    void asksTheQuestionsInOrderAndAnswersEveryTap() {
        person.types("/start");
        var role = person.taps("consent", "yes");
        assertThat(lastButtons(role)).anyMatch(data -> data.endsWith("|role|owner"));
        person.taps("role", "owner");
        person.taps("sector", "craft");
        var postcode = person.taps("headcount", "micro");
        assertThat(lastButtons(postcode)).noneMatch(data -> data.contains("|headcount|"));

        var deviceUse = person.types("33210");

        assertThat(lastButtons(deviceUse)).anyMatch(data -> data.endsWith("|device_use|computer"));
        assertThat(API.answeredTaps()).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void reAsksKindlyAfterAPhoto() {
        person.types("/start");
        person.taps("consent", "yes");

        var reask = person.sends(id -> Updates.photo(id, person.chatId()));

        assertThat(lastButtons(reask)).anyMatch(data -> data.endsWith("|role|owner"));
    }

    @Test
    void treatsAForgedTapAsStale() {
        person.types("/start");
        person.taps("consent", "yes");

        var answer = person.taps("c|forged|role|owner");

        assertThat(lastButtons(answer)).anyMatch(data -> data.endsWith("|role|owner") && !data.contains("forged"));
    }

    @Test
    void booksAVisitFromStartToEndAndTellsTheCoordinators() {
        person.types("/start salon-2026");
        person.taps("consent", "yes");
        for (String[] answer : new String[][] {{"role", "owner"}, {"sector", "craft"}, {"headcount", "micro"}}) {
            person.taps(answer[0], answer[1]);
        }
        person.types("33210");
        for (String[] answer : DIAGNOSTIC_TAPS) {
            person.taps(answer[0], answer[1]);
        }
        person.taps("visit_offer", "accept");
        person.taps("availability", "early");
        person.taps("availability", "done");
        var slots = person.taps("visit_format", "onsite");
        if (lastButtons(slots).stream().anyMatch(data -> data.endsWith("|slot|none"))) {
            person.taps("slot", "none");
        }
        person.types("Maëlle");
        var askPhone = person.taps("contact_channel", "phone");
        assertThat(askPhone).anyMatch(TelegramChannelTests::offersToShareTheNumber);

        person.sends(id -> Updates.contact(id, person.chatId(), person.chatId(), "+33611223344"));
        var thanks = person.taps("confirm", "yes");
        assertThat(thanks).anyMatch(message -> String.valueOf(message.get("text")).contains("c'est noté"))
                .noneMatch(TelegramChannelTests::offersToShareTheNumber);

        Map<String, Object> told = await().atMost(Duration.ofSeconds(10)).until(() -> API.messagesTo(COORDINATORS)
                .stream().filter(message -> String.valueOf(message.get("text")).contains("Prénom : Maëlle")).findFirst(),
                Optional::isPresent).orElseThrow();
        assertThat((String) told.get("text")).contains("Contact : par téléphone, +33611223344",
                "Code postal : 33210 (département 33)", "Disponibilités : Tôt le matin\n", "Créneau : à rappeler",
                "Source : salon-2026", "priorité haute");
    }

    @Test
    void showsTheReasonsInEnglishToAPersonWritingInEnglish() {
        Diagnosis sample = Samples.diagnosis();
        when(diagnostician.diagnose(any())).thenReturn(new Diagnosis(sample.scores(), sample.levels(),
                sample.autonomy(), sample.decision(), sample.priority(), sample.services(),
                List.of(Reason.need("démarches difficiles", Axis.ADMINISTRATIVE, 30,
                        "Vos démarches en ligne sont compliquées.", "Your online procedures are complicated.")),
                sample.questionnaireVersion(), sample.rulesVersion()));
        person.sends(id -> Updates.withLanguage(Updates.text(id, person.chatId(), "/start"), "en"));
        person.taps("consent", "yes");
        for (String[] answer : new String[][] {{"role", "owner"}, {"sector", "craft"}, {"headcount", "micro"}}) {
            person.taps(answer[0], answer[1]);
        }
        person.types("33210");
        List<Map<String, Object>> result = List.of();
        for (String[] answer : DIAGNOSTIC_TAPS) {
            result = person.taps(answer[0], answer[1]);
        }

        assertThat(result).anyMatch(message -> String.valueOf(message.get("text"))
                .contains("Your online procedures are complicated."))
                .noneMatch(message -> String.valueOf(message.get("text")).contains("Vos démarches en ligne sont compliquées."));
    }

    @Test
    void numbersEachQuestionInItsTextAndOffersABackButtonThatGoesBack() {
        person.types("/start");
        var role = person.taps("consent", "yes");
        assertThat(lastText(role)).startsWith("Question 1 sur 18\n\n");
        var sector = person.taps("role", "owner");
        assertThat(lastText(sector)).startsWith("Question 2 sur 18\n\n");
        assertThat(lastButtons(sector).get(lastButtons(sector).size() - 1)).endsWith("|back|back");

        var back = person.taps("back", "back");

        assertThat(lastText(back)).startsWith("Question 1 sur 18");
        assertThat(buttonLabels(back)).contains("✓ Chef d'entreprise ou à mon compte");
    }

    @Test
    void sendsTheResultCardAsAPhotoWithItsFactsAsCaption() {
        answerUntilTheResult();

        var photo = await().atMost(Duration.ofSeconds(10)).until(() -> API.uploadsTo("sendphoto", person.chat()),
                photos -> !photos.isEmpty()).get(0);
        assertThat((String) photo.get("caption")).contains("Les démarches en ligne : 70/100, besoin important",
                "Votre aisance avec le numérique : à accompagner");
        assertThat((byte[]) photo.get("file")).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @Test
    void sendsTheInviteAsADocumentOnceTheVisitIsBooked() throws Exception {
        answerUntilTheResult();
        person.taps("visit_offer", "accept");
        person.taps("availability", "any");
        person.taps("availability", "done");
        var slots = person.taps("visit_format", "phone");
        String slot = lastButtons(slots).stream().filter(data -> data.contains("|slot|") && !data.endsWith("|none"))
                .findFirst().orElseThrow();
        person.taps(slot);
        person.types("Noémie");
        person.taps("contact_channel", "telegram");
        person.taps("confirm", "yes");

        var invite = await().atMost(Duration.ofSeconds(10)).until(() -> API.uploadsTo("senddocument", person.chat()),
                documents -> !documents.isEmpty()).get(0);
        assertThat(invite.get("filename")).isEqualTo("aiguilleur-rendez-vous.ics");
        var calendar = biweekly.Biweekly.parse(new String((byte[]) invite.get("file"), StandardCharsets.UTF_8)).first();
        assertThat(calendar.getEvents()).singleElement()
                .satisfies(event -> assertThat(event.getDateStart().getValue()).isNotNull());
    }

    @Test
    void givesThePersonTheirDataAsADocumentOnMesdonnees() {
        person.types("/start");
        person.taps("consent", "yes");
        person.taps("role", "owner");

        var answer = person.types("/mesdonnees");

        assertThat(answer).anyMatch(message -> String.valueOf(message.get("text")).startsWith("Voici tout ce que"));
        var data = await().atMost(Duration.ofSeconds(10)).until(() -> API.uploadsTo("senddocument", person.chat()),
                documents -> !documents.isEmpty()).get(0);
        assertThat(new String((byte[]) data.get("file"), StandardCharsets.UTF_8))
                .contains("Chef d'entreprise ou à mon compte");
    }

    private void answerUntilTheResult() {
        person.types("/start");
        person.taps("consent", "yes");
        for (String[] answer : new String[][] {{"role", "owner"}, {"sector", "craft"}, {"headcount", "micro"}}) {
            person.taps(answer[0], answer[1]);
        }
        person.types("33210");
        for (String[] answer : DIAGNOSTIC_TAPS) {
            person.taps(answer[0], answer[1]);
        }
    }

    private static String lastText(List<Map<String, Object>> messages) {
        return String.valueOf(messages.get(messages.size() - 1).get("text"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> buttonLabels(List<Map<String, Object>> messages) {
        var markup = (Map<String, Object>) messages.get(messages.size() - 1).get("reply_markup");
        return ((List<List<Map<String, Object>>>) markup.get("inline_keyboard")).stream().flatMap(List::stream)
                .map(button -> String.valueOf(button.get("text"))).toList();
    }

    private static final String[][] DIAGNOSTIC_TAPS = {
        {"device_use", "phone"}, {"autonomy", "with_help"}, {"admin_online", "self_hard"}, {"admin_blocked", "yes"},
        {"invoicing", "paper"}, {"presence", "site"}, {"presence", "done"}, {"presence_updated", "no"},
        {"customers_online", "sometimes"}, {"tools", "paper"}, {"backup", "unknown"}, {"team_skills", "partly"},
        {"goal", "admin_time"}, {"digital_plan", "vague"}, {"obstacles", "time"}, {"obstacles", "done"},
    };

    @SuppressWarnings("unchecked")
    private static boolean offersToShareTheNumber(Map<String, Object> message) {
        var markup = (Map<String, Object>) message.get("reply_markup");
        if (markup == null || !(markup.get("keyboard") instanceof List<?> rows) || rows.isEmpty()) {
            return false;
        }
        var button = ((List<Map<String, Object>>) rows.get(0)).get(0);
        return Boolean.TRUE.equals(button.get("request_contact")) && Boolean.TRUE.equals(markup.get("one_time_keyboard"));
    }

    @Test
    void answersATapEvenWhenItsDataIsGarbage() {
        int id = API.deliver(update -> Updates.tap(update, person.chatId(), "%%%"));

        await().atMost(Duration.ofSeconds(10)).until(() -> API.answeredTaps().contains("tap-" + id));
    }

    @Test
    void ignoresAGroupMessage() {
        API.deliver(id -> Updates.groupText(id, -4242, "group", "/start"));
        person.types("/start");

        assertThat(API.messagesTo("-4242")).isEmpty();
    }

    @Test
    void tellsTheCoordinatorsAboutANewLead() {
        Lead lead = Samples.lead(Samples.newConversationId(), Samples.NOW);

        leadListeners.forEach(listener -> listener.onLeadConfirmed(lead));

        Map<String, Object> told = await().atMost(Duration.ofSeconds(10)).until(() -> API.messagesTo(COORDINATORS)
                .stream().filter(message -> String.valueOf(message.get("text")).contains(lead.id())).findFirst(),
                Optional::isPresent).orElseThrow();
        assertThat((String) told.get("text")).contains("Élodie", "+33612345678", "département 33",
                "priorité haute", "Démarches administratives : fort (70/100)", "mardi 19 mai, 9 h");
    }

    @Test
    void keepsTheBookingGoingWhenTheCoordinatorsCannotBeTold() {
        API.refuseMessagesTo(COORDINATORS);
        try {
            Lead lead = Samples.lead(Samples.newConversationId(), Samples.NOW);

            leadListeners.forEach(listener -> listener.onLeadConfirmed(lead));

            await().atMost(Duration.ofSeconds(10)).until(() -> API.messagesTo(COORDINATORS).stream()
                    .anyMatch(message -> String.valueOf(message.get("text")).contains(lead.id())));
        } finally {
            API.acceptMessagesAgain();
        }
    }

    private static List<String> lastButtons(List<Map<String, Object>> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            List<String> buttons = TelegramChatPerson.callbackData(messages.get(i));
            if (!buttons.isEmpty()) {
                return buttons;
            }
        }
        return List.of();
    }
}
