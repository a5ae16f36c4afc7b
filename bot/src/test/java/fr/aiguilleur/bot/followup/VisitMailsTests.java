package fr.aiguilleur.bot.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import biweekly.Biweekly;
import biweekly.ICalendar;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import fr.aiguilleur.bot.Personas;
import fr.aiguilleur.bot.jobs.SentReminders;
import fr.aiguilleur.bot.support.ChatVisitor;
import fr.aiguilleur.bot.support.Samples;
import fr.aiguilleur.bot.support.TestClock;
import fr.aiguilleur.bot.support.TestSmtp;
import fr.aiguilleur.conversations.dialogue.VisitReminders;
import fr.aiguilleur.conversations.leads.Leads;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The e-mails of a person who booked with an e-mail address, through a real SMTP server
 * (GreenMail): the confirmation with a parseable invite, and the reminder the day before, once,
 * with a clock the test moves (the job run by hand; the service's own runs every 10 minutes).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aiguilleur.redis.url=",
        "aiguilleur.telegram.token=",
        "aiguilleur.rules.dir=",
        "aiguilleur.config-dir=target/no-operator-config",
        "aiguilleur.mail.from=Aiguilleur <ne-pas-repondre@aiguilleur.test>"})
@AutoConfigureWebTestClient
@DirtiesContext
class VisitMailsTests {

    static final TestSmtp SMTP_AT = TestSmtp.onFreePort();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            SMTP_AT.setup()).withPerMethodLifecycle(false);

    static final TestClock CLOCK = new TestClock(Samples.NOW);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        SMTP_AT.register(registry);
    }

    @Autowired
    WebTestClient client;

    @Autowired
    Leads leads;

    @Autowired
    VisitReminders visitReminders;

    @Autowired
    VisitMails mails;

    @Autowired
    SentReminders sent;

    @Test
    void mailsTheConfirmationWithTheInviteThenTheReminderTheDayBeforeOnce() throws Exception {
        var visitor = new ChatVisitor(client);
        var answers = new LinkedHashMap<String, Object>();
        answers.put("consent", "yes");
        answers.putAll(Personas.named("boulangere-seule-demarches-difficiles").answers());
        answers.put("visit_offer", "accept");
        answers.put("availability", java.util.List.of("any"));
        answers.put("visit_format", "phone");
        visitor.answers(answers);
        visitor.taps("slot", visitor.options().get(0));
        visitor.answers(Map.of("contact_name", "Léa", "contact_channel", "email", "contact_email", "lea@exemple.fr",
                "confirm", "yes"));

        await().atMost(Duration.ofSeconds(20)).until(() -> SMTP.getReceivedMessages().length == 1);
        MimeMessage confirmation = SMTP.getReceivedMessages()[0];
        assertThat(confirmation.getAllRecipients()[0].toString()).isEqualTo("lea@exemple.fr");
        assertThat(confirmation.getSubject()).isEqualTo("Votre rendez-vous avec un conseiller numérique");
        assertThat(GreenMailUtil.getBody(confirmation)).as("the retention configured, said in the signature")
                .contains("Bonjour L", "rendez-vous", "3 ans").doesNotContain("12 mois");
        ICalendar invite = invite(confirmation);
        var lead = leads.all().iterator().next();
        assertThat(invite.getEvents().get(0).getUid().getValue()).isEqualTo(lead.id() + "@aiguilleur");

        var reminders = new MailReminderJob(visitReminders, leads, sent, mails, CLOCK);
        Instant start = lead.slot().start().atZone(java.time.ZoneId.of("Europe/Paris")).toInstant();
        CLOCK.set(start.minus(Duration.ofHours(30)));
        assertThat(reminders.run()).as("not yet: 30 hours before").isZero();
        CLOCK.set(start.minus(Duration.ofHours(24)));
        assertThat(reminders.run()).isOne();
        assertThat(reminders.run()).as("once").isZero();

        await().atMost(Duration.ofSeconds(20)).until(() -> SMTP.getReceivedMessages().length == 2);
        MimeMessage reminder = SMTP.getReceivedMessages()[1];
        assertThat(reminder.getSubject()).isEqualTo("Rappel : votre rendez-vous est demain");
        assertThat(invite(reminder).getEvents()).hasSize(1);
    }

    /** The .ics attached to a mail, parsed with biweekly. */
    private static ICalendar invite(MimeMessage mail) throws Exception {
        var parts = (MimeMultipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            var part = parts.getBodyPart(i);
            if ("aiguilleur-rendez-vous.ics".equals(part.getFileName())) {
                return Biweekly.parse(part.getInputStream()).first();
            }
        }
        throw new AssertionError("no invite attached");
    }
}
