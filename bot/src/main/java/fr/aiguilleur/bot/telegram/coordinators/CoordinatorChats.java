package fr.aiguilleur.bot.telegram.coordinators;

import fr.aiguilleur.bot.telegram.CoordinatorGroups;

import fr.aiguilleur.bot.telegram.TelegramSettings;

import fr.aiguilleur.conversations.booking.Coordinator;
import fr.aiguilleur.conversations.booking.Coordinators;
import fr.aiguilleur.conversations.booking.InvalidCoordinators;
import fr.aiguilleur.conversations.leads.Lead;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which Telegram chat hears of a lead: the chat of the coordinator of the lead's territory (from
 * the coordinators file), else the chat of {@code COORDINATOR_CHAT_ID}. Also knows every
 * coordinators' chat, the only groups the bot stays in and the only chats that may take a lead.
 */
public final class CoordinatorChats implements CoordinatorGroups {

    private static final Logger LOG = LoggerFactory.getLogger(CoordinatorChats.class);

    private final String fallbackChat;
    private final Supplier<Optional<Coordinators>> source;
    private volatile Optional<Coordinators> coordinators;

    /** @param source the coordinators, asked once, when first needed */
    public CoordinatorChats(TelegramSettings settings, Supplier<Optional<Coordinators>> source) {
        this.fallbackChat = settings.hasFallbackCoordinatorChat() ? settings.coordinatorChatId().strip() : null;
        this.source = source;
    }

    /** The chat told about this lead, if any. */
    Optional<String> chatFor(Lead lead) {
        String place = lead.postcode() != null ? lead.postcode() : lead.departement();
        Optional<String> routed = coordinators().map(all -> all.route(place).coordinator())
                .map(Coordinator::telegramChatId).map(String::valueOf);
        return routed.or(() -> Optional.ofNullable(fallbackChat));
    }

    /** Whether this chat belongs to coordinators (named in the file or in {@code COORDINATOR_CHAT_ID}). */
    @Override
    public boolean isCoordinatorChat(long chatId) {
        return known().contains(Long.toString(chatId));
    }

    /** The coordinator whose own chat this is (named in the coordinators file), if any. */
    Optional<String> coordinatorOf(long chatId) {
        return coordinators().flatMap(all -> all.all().stream()
                .filter(coordinator -> Long.valueOf(chatId).equals(coordinator.telegramChatId()))
                .map(Coordinator::id).findFirst());
    }

    /** Whether any lead can be told at all. */
    boolean any() {
        return !known().isEmpty();
    }

    private Set<String> known() {
        var chats = new HashSet<String>();
        if (fallbackChat != null) {
            chats.add(fallbackChat);
        }
        coordinators().ifPresent(all -> all.all().stream().map(Coordinator::telegramChatId)
                .filter(id -> id != null).forEach(id -> chats.add(id.toString())));
        return chats;
    }

    private Optional<Coordinators> coordinators() {
        if (coordinators == null) {
            coordinators = source.get();
        }
        return coordinators;
    }

    /** The coordinators file of the operator's folder, else the packaged one; empty when unreadable. */
    static Optional<Coordinators> fromOperatorFolder(Path configDir) {
        Path file = configDir.resolve("coordinators.yaml");
        try {
            return Optional.of(Files.isRegularFile(file) ? Coordinators.load(file) : Coordinators.packaged());
        } catch (InvalidCoordinators e) {
            LOG.warn("coordinators file not usable, new leads go to COORDINATOR_CHAT_ID only: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
