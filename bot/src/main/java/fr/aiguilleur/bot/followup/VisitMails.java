package fr.aiguilleur.bot.followup;

import fr.aiguilleur.conversations.booking.SlotLabels;
import fr.aiguilleur.conversations.booking.TimeZones;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadRetention;
import fr.aiguilleur.conversations.texts.Texts;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The e-mails of a person who gave an e-mail address: the confirmation of their visit (with the
 * invite when a slot is booked, or when the coordinator calls to agree on one) and the reminder
 * the day before (with the invite again). Plain text, in the person's language.
 */
public final class VisitMails {

    private final JavaMailSender sender;
    private final VisitInvites invites;
    private final String from;
    private final int callBackWorkingDays;
    private final LeadRetention retention;

    /** @param retention how long the person's data is kept, said in each mail's signature */
    public VisitMails(JavaMailSender sender, VisitInvites invites, String from, int callBackWorkingDays,
            LeadRetention retention) {
        this.retention = retention;
        this.sender = sender;
        this.invites = invites;
        this.from = from;
        this.callBackWorkingDays = callBackWorkingDays;
    }

    /** The confirmation of a lead that has an e-mail address. */
    public void confirmation(Lead lead) {
        Texts texts = texts(lead);
        String body = lead.slot() == null
                ? texts.get("mail.confirmation.call-back", hello(lead), callBackWorkingDays)
                : texts.get("mail.confirmation.visit", hello(lead), when(lead));
        send(lead, texts.get("mail.confirmation.subject"), body + "\n\n" + signature(lead));
    }

    /** The reminder, the day before the visit. */
    public void reminder(Lead lead) {
        Texts texts = texts(lead);
        send(lead, texts.get("mail.reminder.subject"),
                texts.get("mail.reminder.body", hello(lead), when(lead)) + "\n\n" + signature(lead));
    }

    private void send(Lead lead, String subject, String body) {
        try {
            MimeMessage mail = sender.createMimeMessage();
            var helper = new MimeMessageHelper(mail, lead.slot() != null, "UTF-8");
            helper.setFrom(from);
            helper.setTo(lead.email());
            helper.setSubject(subject);
            helper.setText(body);
            if (lead.slot() != null) {
                byte[] ics = invites.ics(lead.id(), lead.slot(), lead.visitFormat(), lead.postcode(), language(lead));
                helper.addAttachment(texts(lead).get("file.invite"), new ByteArrayResource(ics), AttachmentFiles.ICS);
            }
            sender.send(mail);
        } catch (MessagingException e) {
            throw new IllegalStateException("the e-mail could not be composed", e);
        }
    }

    /** "lundi 30 novembre à 7 h 00", "Monday 30 November at 7:00", in the person's time. */
    private String when(Lead lead) {
        String label = SlotLabels.of(lead.slot().start(), invites.zoneOf(lead.slot()),
                TimeZones.ofPlace(lead.postcode()), language(lead));
        return Texts.ENGLISH.equals(language(lead)) ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    private String signature(Lead lead) {
        return texts(lead).get("mail.signature", retention.words(language(lead)));
    }

    private static String hello(Lead lead) {
        Texts texts = texts(lead);
        return lead.firstName() == null ? texts.get("reminder.hello") : texts.get("reminder.hello.named", lead.firstName());
    }

    private static Texts texts(Lead lead) {
        return Texts.of(language(lead));
    }

    private static String language(Lead lead) {
        return lead.language() == null ? Texts.FRENCH : lead.language();
    }
}
