package fr.aiguilleur.bot.jobs;

import fr.aiguilleur.bot.leads.PersonNotifier;
import fr.aiguilleur.conversations.channels.Channel;
import java.util.List;
import java.util.Optional;

/** The person notifiers of the channels that have one (Telegram), found by channel. */
record Notifiers(List<PersonNotifier> all) {

    Notifiers {
        all = List.copyOf(all);
    }

    Optional<PersonNotifier> on(Channel channel) {
        return all.stream().filter(notifier -> notifier.channel() == channel).findFirst();
    }
}
