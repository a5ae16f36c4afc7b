package fr.aiguilleur.bot.followup;

import fr.aiguilleur.bot.leads.LeadListener;
import fr.aiguilleur.bot.support.RedactedFailure;
import fr.aiguilleur.conversations.leads.Lead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Mails the confirmation (and the new invite after a move) to a person who gave an e-mail address. */
final class MailedLeads implements LeadListener {

    private static final Logger LOG = LoggerFactory.getLogger(MailedLeads.class);

    private final VisitMails mails;

    MailedLeads(VisitMails mails) {
        this.mails = mails;
    }

    @Override
    public void onLeadConfirmed(Lead lead) {
        confirm(lead);
    }

    @Override
    public void onLeadRescheduled(Lead lead) {
        confirm(lead);
    }

    private void confirm(Lead lead) {
        if (lead.email() == null) {
            return;
        }
        try {
            mails.confirmation(lead);
        } catch (RuntimeException e) {
            LOG.warn("the confirmation e-mail of lead {} was not sent", lead.id(), new RedactedFailure(e));
        }
    }
}
