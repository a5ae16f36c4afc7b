package fr.aiguilleur.bot.checkin;

import fr.aiguilleur.conversations.checkin.CheckIn;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.texts.Texts;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The follow-up of a person of the web chat who gave an e-mail address: a few words and a link to
 * the page where each question is one tap ({@code /suivi/<check-in id>}). Plain text, in the
 * person's language. The link is the only key to the page: the check-in id is a UUID nobody else has.
 */
public final class CheckInMails {

    private final JavaMailSender sender;
    private final String from;
    private final String publicUrl;

    public CheckInMails(JavaMailSender sender, String from, String publicUrl) {
        this.sender = sender;
        this.from = from;
        this.publicUrl = publicUrl;
    }

    /** The address of a check-in's page. */
    public String link(CheckIn checkIn) {
        return publicUrl + CheckInPage.PATH + checkIn.id();
    }

    public void ask(CheckIn checkIn, Lead lead) {
        Texts texts = Texts.of(checkIn.language());
        String hello = lead.firstName() == null ? texts.get("reminder.hello")
                : texts.get("reminder.hello.named", lead.firstName());
        String body = texts.get("checkin.mail.body", hello, link(checkIn))
                + "\n\n" + texts.get("checkin.mail.signature");
        try {
            MimeMessage mail = sender.createMimeMessage();
            var helper = new MimeMessageHelper(mail, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(lead.email());
            helper.setSubject(texts.get("checkin.mail.subject"));
            helper.setText(body);
            sender.send(mail);
        } catch (MessagingException e) {
            throw new IllegalStateException("the e-mail could not be composed", e);
        }
    }
}
