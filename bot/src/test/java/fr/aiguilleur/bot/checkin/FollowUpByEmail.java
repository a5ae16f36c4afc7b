package fr.aiguilleur.bot.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import fr.aiguilleur.bot.Personas;
import fr.aiguilleur.bot.leads.LeadFollowUp;
import fr.aiguilleur.bot.rules.RulesInUse;
import fr.aiguilleur.bot.support.ChatVisitor;
import fr.aiguilleur.bot.support.TestClock;
import fr.aiguilleur.bot.support.TestSmtp;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.checkin.CheckIn;
import fr.aiguilleur.conversations.checkin.CheckInStatus;
import fr.aiguilleur.conversations.checkin.CheckIns;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import fr.aiguilleur.conversations.leads.Leads;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The service, the real rules and a real SMTP server (GreenMail) for the follow-up of a person of
 * the web chat: booked with an e-mail address, agreed, the visit marked done, the clock moved, the
 * job run by hand. What each test sees is what the person gets: the mail, then the page of its link.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aiguilleur.redis.url=",
        "aiguilleur.telegram.token=",
        "aiguilleur.rules.dir=",
        "aiguilleur.config-dir=target/no-operator-config",
        "aiguilleur.mail.from=Aiguilleur <ne-pas-repondre@aiguilleur.test>",
        "aiguilleur.follow-up.after=42d",
        "aiguilleur.follow-up.public-url=https://aiguilleur.example.fr/",
        "spring.test.webtestclient.timeout=30s"})
@AutoConfigureWebTestClient
@Import(FollowUpByEmail.MovableClock.class)
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FollowUpByEmail {

    static final String PUBLIC_URL = "https://aiguilleur.example.fr";
    static final TestSmtp SMTP_AT = TestSmtp.onFreePort();
    static final TestClock CLOCK = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private static final Pattern LINK = Pattern.compile(Pattern.quote(PUBLIC_URL) + "/suivi/[0-9a-f-]{36}");

    /** Started once for the class and its nested groups (an extension would start it again for each group). */
    static final GreenMail SMTP = new GreenMail(SMTP_AT.setup());

    @TestConfiguration(proxyBeanMethods = false)
    static class MovableClock {

        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        SMTP_AT.register(registry);
    }

    @Autowired
    WebTestClient client;

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

    @BeforeAll
    void smtpAndRulesReady() {
        SMTP.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> rules.ready().isPresent());
    }

    @AfterAll
    void smtpStopped() {
        SMTP.stop();
    }

    /** A new address, so that each test reads its own mails. */
    static String newAddress() {
        return "martine." + PEOPLE.incrementAndGet() + "@exemple.fr";
    }

    /**
     * The baker of the personas books a visit on the web chat, to be reached by e-mail, and taps
     * "Oui, volontiers" to the follow-up: the check-in agreed, waiting for the visit.
     */
    CheckIn agreesAfterBooking(String address, String language) {
        var person = new ChatVisitor(client, language);
        var answers = new LinkedHashMap<String, Object>();
        answers.put("consent", "yes");
        answers.putAll(Personas.named("boulangere-seule-demarches-difficiles").answers());
        answers.put("visit_offer", "accept");
        answers.put("availability", List.of("any"));
        answers.put("visit_format", "phone");
        person.answers(answers);
        person.taps("slot", person.options().get(0));
        person.answers(Map.of("contact_name", "Martine", "contact_channel", "email", "contact_email", address,
                "confirm", "yes"));
        assertThat(person.question()).as("offered after the booking:\n%s", person.said()).isEqualTo("followup");
        person.taps("followup", "yes");
        var conversation = new ConversationId("web:" + person.key());
        CheckIn agreed = checkIns.all().stream().filter(found -> found.conversationId().equals(conversation))
                .findFirst().orElseThrow(() -> new AssertionError("no check-in after:\n" + person.said()));
        assertThat(agreed.status()).isEqualTo(CheckInStatus.WAITING);
        assertThat(agreed.leadId()).as("about the visit just booked").isNotNull();
        return agreed;
    }

    /** The visit marked done by the coordinator, then the delay passed: the job sends this one mail. */
    MimeMessage mailedAfterTheVisit(CheckIn agreed, String address) {
        Lead visit = leads.find(agreed.leadId()).orElseThrow();
        leadFollowUp.move(visit.id(), LeadStatus.VISITED, "admin");
        CLOCK.advance(Duration.ofDays(41));
        assertThat(job.run()).as("not before 42 days after the visit").isZero();
        CLOCK.advance(Duration.ofDays(1));
        assertThat(job.run()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> !followUpsTo(address).isEmpty());
        assertThat(job.run()).as("sent once").isZero();
        List<MimeMessage> mails = followUpsTo(address);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    /** The mails to an address but the visit's (confirmation, reminder: with an invite, so multipart). */
    static List<MimeMessage> followUpsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(mail -> to(mail).equals(address))
                .filter(mail -> !contentType(mail).startsWith("multipart/")).toList();
    }

    /** The text of a plain-text mail, decoded as the person's mail program shows it. */
    static String text(MimeMessage mail) {
        try {
            return ((String) mail.getContent()).replace("\r\n", "\n");
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The link of the follow-up mail. */
    static String link(MimeMessage mail) {
        var found = LINK.matcher(text(mail));
        assertThat(found.find()).as("a link in:\n%s", text(mail)).isTrue();
        return found.group();
    }

    /** The path of a link on this server. */
    static String path(String link) {
        return link.substring(PUBLIC_URL.length());
    }

    private static String to(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String contentType(MimeMessage mail) {
        try {
            return mail.getContentType();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
