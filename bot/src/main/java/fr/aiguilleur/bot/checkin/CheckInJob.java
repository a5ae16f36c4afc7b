package fr.aiguilleur.bot.checkin;

import fr.aiguilleur.bot.leads.PersonNotifier;
import fr.aiguilleur.bot.support.RedactedFailure;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.checkin.CheckIn;
import fr.aiguilleur.conversations.checkin.CheckInFlow;
import fr.aiguilleur.conversations.checkin.CheckInStatus;
import fr.aiguilleur.conversations.checkin.CheckIns;
import fr.aiguilleur.conversations.checkin.MainNeed;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.Leads;
import fr.aiguilleur.conversations.questionnaire.Questionnaires;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the follow-ups that are due, each once even with several instances: a check-in is claimed
 * by storing it as sent (a compare-and-set on its version, which one instance only wins) before
 * its first question goes out, on Telegram, or by e-mail to a person of the web chat. A person who
 * cannot be reached (blocked the bot, no address any more) is dropped, not tried again.
 */
public final class CheckInJob {

    private static final Logger LOG = LoggerFactory.getLogger(CheckInJob.class);

    private final CheckIns checkIns;
    private final CheckInTiming timing;
    private final CheckInFlow flow;
    private final MainNeed mainNeed;
    private final Questionnaires questionnaires;
    private final List<PersonNotifier> notifiers;
    private final Optional<CheckInMails> mails;
    private final Leads leads;
    private final Clock clock;

    public CheckInJob(CheckIns checkIns, Leads leads, CheckInSettings settings, CheckInFlow flow, MainNeed mainNeed,
            Questionnaires questionnaires, List<PersonNotifier> notifiers, Optional<CheckInMails> mails, Clock clock) {
        this.checkIns = checkIns;
        this.leads = leads;
        this.timing = new CheckInTiming(leads, settings.after());
        this.flow = flow;
        this.mainNeed = mainNeed;
        this.questionnaires = questionnaires;
        this.notifiers = List.copyOf(notifiers);
        this.mails = mails;
        this.clock = clock;
    }

    /** Sends the follow-ups due now; returns how many went out. */
    public int run() {
        int sent = 0;
        for (CheckIn waiting : checkIns.waiting()) {
            Instant now = clock.instant();
            CheckInTiming.Verdict verdict = timing.of(waiting, now);
            if (verdict.drop()) {
                checkIns.update(waiting.ended(CheckInStatus.DROPPED, null));
            } else if (verdict.due()) {
                sent += send(waiting, verdict.visit(), now) ? 1 : 0;
            }
        }
        return sent;
    }

    private boolean send(CheckIn waiting, Lead visit, Instant now) {
        String need = mainNeed.of(waiting, questionnaires.current()).orElse(null);
        CheckIn claimed = waiting.sent(now, need, visit == null ? waiting.leadId() : visit.id());
        if (!checkIns.update(claimed)) {
            return false;
        }
        boolean delivered;
        try {
            delivered = deliver(claimed);
        } catch (RuntimeException e) {
            LOG.warn("the follow-up {} could not be sent", claimed.id(), new RedactedFailure(e));
            delivered = false;
        }
        if (!delivered) {
            checkIns.update(claimed.ended(CheckInStatus.DROPPED, null));
        }
        return delivered;
    }

    private boolean deliver(CheckIn checkIn) {
        if (checkIn.channel() == Channel.TELEGRAM) {
            return notifiers.stream().filter(notifier -> notifier.channel() == Channel.TELEGRAM).findFirst()
                    .map(notifier -> notifier.send(checkIn.conversationId(), checkIn.language(),
                            List.of(flow.opening(checkIn))))
                    .orElse(false);
        }
        Optional<Lead> lead = Optional.ofNullable(checkIn.leadId()).flatMap(leads::find)
                .filter(found -> found.email() != null);
        if (mails.isEmpty()) {
            LOG.warn("the follow-up {} of the web chat was dropped: e-mail is off (no spring.mail.host)", checkIn.id());
            return false;
        }
        if (lead.isEmpty()) {
            return false;
        }
        mails.get().ask(checkIn, lead.get());
        return true;
    }
}
