package fr.aiguilleur.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.aiguilleur.bot.checkin.CheckInJob;
import fr.aiguilleur.bot.leads.LeadFollowUp;
import fr.aiguilleur.bot.rules.RulesInUse;
import fr.aiguilleur.bot.support.TestClock;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.checkin.CheckIn;
import fr.aiguilleur.conversations.checkin.CheckInFigures;
import fr.aiguilleur.conversations.checkin.CheckInStatus;
import fr.aiguilleur.conversations.checkin.CheckIns;
import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import fr.aiguilleur.conversations.leads.Leads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The follow-up weeks later, end to end on Telegram: the real rules, the real dialogue and job, a
 * Bot API played by WireMock and a clock the test moves. A person agrees at the end of their
 * conversation, is asked after the delay, answers with one tap each; what they said is stored,
 * with the change of their needs, and counted in the indicators.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "aiguilleur.redis.url=",
        "aiguilleur.telegram.token=" + FakeBotApi.TOKEN,
        "aiguilleur.telegram.coordinator-chat-id=" + FollowUpOnTelegramTests.COORDINATORS,
        "aiguilleur.telegram.sending.per-second=10000",
        "aiguilleur.telegram.sending.per-chat-per-second=10000",
        "aiguilleur.telegram.sending.per-chat-burst=100",
        "aiguilleur.telegram.sending.first-retry-after=20ms",
        "aiguilleur.follow-up.after=42d",
        "aiguilleur.config-dir=target/no-operator-config"})
@Import(FollowUpOnTelegramTests.MovableClock.class)
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpOnTelegramTests {

    static final String COORDINATORS = "-100555";
    static final FakeBotApi API = new FakeBotApi();
    static final TestClock CLOCK = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
    private static final AtomicLong CHATS = new AtomicLong(8_100_000);

    /** The graphic designer of the personas: well at ease, her website out of date; referred to services. */
    private static final String[][] DESIGNER = {{"role", "owner"}, {"sector", "services"}, {"headcount", "solo"},
            {"postcode", "69003"}, {"device_use", "computer"}, {"autonomy", "alone"}, {"admin_online", "self_ok"},
            {"admin_blocked", "no"}, {"invoicing", "software"}, {"presence", "site"}, {"presence", "social"},
            {"presence", "done"}, {"presence_updated", "no"}, {"customers_online", "often"},
            {"tools", "personal_digital"}, {"backup", "yes"}, {"goal", "customers"}, {"digital_plan", "none"},
            {"obstacles", "time"}, {"obstacles", "done"}};

    /** A craftsman lost in his online procedures: the rules propose a visit. */
    private static final String[][] CRAFTSMAN = {{"role", "owner"}, {"sector", "craft"}, {"headcount", "micro"},
            {"postcode", "33210"}, {"device_use", "phone"}, {"autonomy", "with_help"}, {"admin_online", "self_hard"},
            {"admin_blocked", "yes"}, {"invoicing", "paper"}, {"presence", "site"}, {"presence", "done"},
            {"presence_updated", "no"}, {"customers_online", "sometimes"}, {"tools", "paper"}, {"backup", "unknown"},
            {"team_skills", "partly"}, {"goal", "admin_time"}, {"digital_plan", "vague"}, {"obstacles", "time"},
            {"obstacles", "done"}};

    @TestConfiguration(proxyBeanMethods = false)
    static class MovableClock {

        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void botApi(DynamicPropertyRegistry registry) {
        registry.add("aiguilleur.telegram.api-url", API::url);
    }

    @Autowired
    TelegramPolling polling;

    @Autowired
    RulesInUse rules;

    @Autowired
    CheckInJob job;

    @Autowired
    CheckIns checkIns;

    @Autowired
    Leads leads;

    @Autowired
    LeadFollowUp leadFollowUp;

    TelegramChatPerson person;

    @BeforeAll
    void rulesBuilt() {
        await().atMost(Duration.ofSeconds(60)).until(() -> rules.ready().isPresent());
    }

    @AfterAll
    void stopApi() {
        polling.stop();
        API.close();
    }

    @BeforeEach
    void newPerson() {
        person = new TelegramChatPerson(API, CHATS.incrementAndGet());
    }

    @Test
    void asksWeeksLaterAndKeepsWhatChanged() {
        var result = answers(DESIGNER);
        assertThat(texts(result)).last().isEqualTo(
                "Puis-je revenir vers vous dans quelques semaines pour savoir si cela vous a aidé ?");
        var agreed = person.taps("followup", "yes");
        assertThat(texts(agreed)).singleElement().asString().startsWith("C'est noté : je reviendrai vers vous");
        CheckIn waiting = checkInOf(person);
        assertThat(waiting.status()).isEqualTo(CheckInStatus.WAITING);
        assertThat(waiting.services()).containsExactly("francenum-guides", "francenum-activateurs");
        assertThat(waiting.departement()).isEqualTo("69");

        CLOCK.advance(Duration.ofDays(41));
        job.run();
        assertThat(checkInOf(person).status()).as("not before 42 days").isEqualTo(CheckInStatus.WAITING);

        CLOCK.advance(Duration.ofDays(1));
        int before = API.messagesTo(person.chat()).size();
        assertThat(job.run()).isEqualTo(1);
        var asked = await().atMost(Duration.ofSeconds(10)).until(() -> API.messagesTo(person.chat()),
                messages -> messages.size() > before);
        Map<String, Object> went = asked.get(asked.size() - 1);
        assertThat((String) went.get("text")).startsWith("Bonjour ! Il y a quelques semaines, je vous ai indiqué")
                .contains("Avez-vous pu les contacter ?");
        assertThat(TelegramChatPerson.callbackData(went)).hasSize(4)
                .allSatisfy(data -> assertThat(data).startsWith("c|" + waiting.id() + "|ci|"))
                .last().asString().endsWith("|ci|stop");
        assertThat(job.run()).as("sent once").isZero();

        var helped = person.taps("ci", "w:yes");
        assertThat(texts(helped)).singleElement().isEqualTo("Cela vous a-t-il aidé ?");
        var need = person.taps("ci", "h:a_little");
        String needQuestion = checkInOf(person).needQuestion();
        assertThat(needQuestion).as("the answer that weighed most in her needs").isEqualTo("customers_online");
        assertThat(texts(need)).singleElement().asString().startsWith("Et aujourd'hui, où en êtes-vous ?")
                .contains("Vos clients vous demandent-ils de commander, réserver ou payer en ligne ?");
        var more = person.taps("ci", "n:never");
        assertThat(texts(more)).singleElement().asString().startsWith("Voulez-vous qu'un conseiller passe vous voir");
        var thanks = person.taps("ci", "m:no");
        assertThat(texts(thanks)).singleElement().asString().startsWith("Merci pour vos réponses !");

        CheckIn answered = checkInOf(person);
        assertThat(answered.status()).isEqualTo(CheckInStatus.ANSWERED);
        assertThat(answered.went()).isEqualTo(CheckIn.YES);
        assertThat(answered.helped()).isEqualTo(CheckIn.A_LITTLE);
        assertThat(answered.wantsVisit()).isFalse();
        assertThat(answered.change().get(Axis.PRESENCE)).as("her customers no longer ask to order online").isNegative();
        assertThat(answered.change().get(Axis.ADMINISTRATIVE)).isZero();
        assertThat(answered.answers()).as("answers dropped once it is over").isEmpty();

        CheckInFigures figures = CheckInFigures.of(List.of(answered));
        assertThat(List.of(figures.sent(), figures.reached(), figures.went(), figures.helped(), figures.rescored()))
                .containsExactly(1, 1, 1, 1, 1);
        assertThat(figures.meanChange().get(Axis.PRESENCE)).isEqualTo((double) answered.change().get(Axis.PRESENCE));
    }

    @Test
    void noThanksStopsEveryLaterMessage() {
        answers(DESIGNER);
        person.taps("followup", "yes");
        CLOCK.advance(Duration.ofDays(42));
        job.run();
        await().atMost(Duration.ofSeconds(10)).until(() -> API.messagesTo(person.chat()).stream()
                .anyMatch(message -> String.valueOf(message.get("text")).contains("Avez-vous pu les contacter ?")));

        var stopped = person.taps("ci", "stop");
        assertThat(texts(stopped)).singleElement().asString().startsWith("C'est noté : je ne vous écrirai plus.");
        assertThat(checkInOf(person).status()).isEqualTo(CheckInStatus.STOPPED);

        var late = person.taps("ci", "w:yes");
        assertThat(texts(late)).as("still no, not thanks for answering").singleElement().asString()
                .startsWith("C'est noté : je ne vous écrirai plus.");
        int before = API.messagesTo(person.chat()).size();
        CLOCK.advance(Duration.ofDays(60));
        job.run();
        assertThat(API.messagesTo(person.chat())).as("silence").hasSize(before);
        assertThat(checkInOf(person).went()).isNull();
    }

    @Test
    void noThanksAtTheEndOfTheConversationKeepsNothing() {
        answers(DESIGNER);
        var declined = person.taps("followup", "no");
        assertThat(texts(declined)).singleElement().asString().startsWith("C'est noté, je ne reviendrai pas");
        assertThat(checkIns.all()).noneMatch(checkIn -> checkIn.conversationId().equals(conversation(person)));
    }

    @Test
    void afterAVisitWaitsForTheVisitMarkedDoneAndOffersAnotherOne() {
        answers(CRAFTSMAN);
        person.taps("visit_offer", "accept");
        person.taps("availability", "early");
        person.taps("availability", "done");
        var slots = person.taps("visit_format", "onsite");
        if (WebhookTestSupport.lastButtons(slots).stream().anyMatch(data -> data.endsWith("|slot|none"))) {
            person.taps("slot", "none");
        }
        person.types("Maëlle");
        var confirm = person.taps("contact_channel", "telegram");
        assertThat(texts(confirm)).isNotEmpty();
        var thanks = person.taps("confirm", "yes");
        assertThat(texts(thanks)).last().asString().startsWith("Puis-je revenir vers vous");
        person.taps("followup", "yes");
        Lead visit = leads.of(conversation(person)).get(0);
        assertThat(checkInOf(person).leadId()).isEqualTo(visit.id());

        CLOCK.advance(Duration.ofDays(50));
        assertThat(job.run()).as("the visit is not done yet").isZero();
        leadFollowUp.move(visit.id(), LeadStatus.VISITED, "admin");
        CLOCK.advance(Duration.ofDays(41));
        assertThat(job.run()).isZero();
        CLOCK.advance(Duration.ofDays(1));
        assertThat(job.run()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> API.messagesTo(person.chat()).stream()
                .anyMatch(message -> String.valueOf(message.get("text")).contains("Avez-vous pu le rencontrer ?")));

        person.taps("ci", "w:yes");
        var need = person.taps("ci", "h:no");
        String firstOption = TelegramChatPerson.callbackData(need.get(need.size() - 1)).stream()
                .filter(data -> data.contains("|ci|n:")).findFirst().orElseThrow();
        person.taps(firstOption);
        var booked = person.taps("ci", "m:yes");
        assertThat(texts(booked)).singleElement().asString().startsWith("Merci ! Un conseiller vous recontactera");

        List<Lead> after = leads.of(conversation(person));
        assertThat(after).hasSize(2);
        Lead asked = after.stream().filter(lead -> !lead.id().equals(visit.id())).findFirst().orElseThrow();
        assertThat(asked.source()).isEqualTo("suivi");
        assertThat(asked.firstName()).isEqualTo("Maëlle");
        assertThat(asked.contactChannel()).isEqualTo("telegram");
        assertThat(asked.requestedByPerson()).isTrue();
        assertThat(asked.slot()).isNull();
        await().atMost(Duration.ofSeconds(10)).until(() -> API.messagesTo(COORDINATORS).stream()
                .filter(message -> String.valueOf(message.get("text")).contains("Prénom : Maëlle")).count() == 2);
    }

    private List<Map<String, Object>> answers(String[][] persona) {
        person.types("/start");
        List<Map<String, Object>> last = person.taps("consent", "yes");
        for (String[] answer : persona) {
            last = "postcode".equals(answer[0]) ? person.types(answer[1]) : person.taps(answer[0], answer[1]);
        }
        return last;
    }

    private CheckIn checkInOf(TelegramChatPerson someone) {
        Optional<CheckIn> found = checkIns.all().stream()
                .filter(checkIn -> checkIn.conversationId().equals(conversation(someone))).findFirst();
        return found.orElseThrow(() -> new AssertionError("no check-in for " + someone.chat()));
    }

    private static ConversationId conversation(TelegramChatPerson someone) {
        return new ConversationId("telegram:" + someone.chatId());
    }

    private static List<String> texts(List<Map<String, Object>> messages) {
        return messages.stream().map(message -> String.valueOf(message.get("text"))).toList();
    }
}
