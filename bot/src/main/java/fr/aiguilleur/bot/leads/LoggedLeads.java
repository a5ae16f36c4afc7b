package fr.aiguilleur.bot.leads;

import fr.aiguilleur.conversations.leads.Lead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Writes one log line per confirmed lead, without any personal data, so operators see activity. */
@Component
class LoggedLeads implements LeadListener {

    private static final Logger LOG = LoggerFactory.getLogger(LoggedLeads.class);

    @Override
    public void onLeadConfirmed(Lead lead) {
        var diagnosis = lead.diagnosis();
        LOG.info("lead {} confirmed for département {}, decision {}, priority {}", lead.id(),
                lead.departement() == null ? "unknown" : lead.departement(),
                diagnosis == null ? "none" : diagnosis.decision(),
                diagnosis == null || diagnosis.priority() == null ? "none" : diagnosis.priority());
    }
}
