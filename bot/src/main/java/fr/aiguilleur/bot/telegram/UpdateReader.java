package fr.aiguilleur.bot.telegram;

import fr.aiguilleur.conversations.dialogue.Input;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Reads Telegram updates as dialogue inputs. Only private chats with a person count: groups,
 * channels and bots are ignored; edits are read apart ({@link #readEdited}). Commands are parsed
 * from the text itself, since {@code Message.isCommand()} stays false until the entities were read.
 */
final class UpdateReader {

    static final String START = "start";

    private static final Set<String> COMMANDS = Set.of(START, "retour", "aide", "oubli", "langue", "annuler");
    private static final Pattern COMMAND = Pattern.compile("/([A-Za-z]+)(?:@\\w+)?(?:\\s+(.*))?", Pattern.DOTALL);
    private static final Pattern PAYLOAD = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    Optional<Incoming> read(Update update) {
        if (update.hasCallbackQuery()) {
            return fromTap(update.getCallbackQuery());
        }
        if (update.hasMessage()) {
            return fromMessage(update.getMessage());
        }
        return Optional.empty();
    }

    /** A person's edit of an earlier message of a private chat; empty for anything else. */
    Optional<Incoming> readEdited(Update update) {
        Message edited = update.getEditedMessage();
        if (edited == null || !isPrivate(edited.getChat()) || !isPerson(edited.getFrom())) {
            return Optional.empty();
        }
        return Optional.of(new Incoming(edited.getChatId(), language(edited.getFrom()), new Input.Unsupported("edit")));
    }

    /**
     * The private chat of the person an update comes from (a message, an edit or a tap of theirs):
     * they use the bot, so they do not block it. Empty for anything else.
     */
    static Optional<Long> personChatOf(Update update) {
        if (update.hasCallbackQuery()) {
            CallbackQuery tap = update.getCallbackQuery();
            return tap.getMessage() != null && isPrivate(tap.getMessage().getChat()) && isPerson(tap.getFrom())
                    ? Optional.of(tap.getMessage().getChatId()) : Optional.empty();
        }
        Message message = update.hasMessage() ? update.getMessage() : update.getEditedMessage();
        return message != null && isPrivate(message.getChat()) && isPerson(message.getFrom())
                ? Optional.of(message.getChatId()) : Optional.empty();
    }

    /** The chat an update belongs to, whose updates are handled one at a time; empty when none. */
    static Optional<Long> chatOf(Update update) {
        if (update.hasMessage()) {
            return Optional.ofNullable(update.getMessage().getChatId());
        }
        if (update.hasEditedMessage()) {
            return Optional.ofNullable(update.getEditedMessage().getChatId());
        }
        if (update.hasCallbackQuery()) {
            CallbackQuery tap = update.getCallbackQuery();
            return Optional.ofNullable(tap.getMessage() != null ? tap.getMessage().getChatId()
                    : tap.getFrom() == null ? null : tap.getFrom().getId());
        }
        if (update.hasMyChatMember() && update.getMyChatMember().getChat() != null) {
            return Optional.ofNullable(update.getMyChatMember().getChat().getId());
        }
        return Optional.empty();
    }

    private Optional<Incoming> fromTap(CallbackQuery tap) {
        if (tap.getMessage() == null || !isPrivate(tap.getMessage().getChat()) || !isPerson(tap.getFrom())) {
            return Optional.empty();
        }
        return Optional.of(new Incoming(tap.getMessage().getChatId(), language(tap.getFrom()),
                CallbackData.choiceOf(tap.getData())));
    }

    private Optional<Incoming> fromMessage(Message message) {
        if (!isPrivate(message.getChat()) || !isPerson(message.getFrom())) {
            return Optional.empty();
        }
        return Optional.of(new Incoming(message.getChatId(), language(message.getFrom()), input(message)));
    }

    private Input input(Message message) {
        if (message.hasText()) {
            return text(message.getText());
        }
        if (message.hasContact()) {
            var contact = message.getContact();
            boolean own = message.getFrom().getId().equals(contact.getUserId());
            return own ? new Input.SharedContact(contact.getPhoneNumber()) : new Input.Unsupported("contact");
        }
        return new Input.Unsupported(MediaKind.of(message));
    }

    /** A known command ({@code /start payload}, {@code /retour}…), or the text as typed. */
    static Input text(String text) {
        var matcher = COMMAND.matcher(text.strip());
        if (!matcher.matches()) {
            return new Input.Text(text);
        }
        String name = matcher.group(1).toLowerCase(Locale.ROOT);
        if (!COMMANDS.contains(name)) {
            return new Input.Text(text);
        }
        String argument = matcher.group(2) == null ? null : matcher.group(2).strip();
        return new Input.Command(name, START.equals(name) ? payload(argument) : blankToNull(argument));
    }

    private static String payload(String argument) {
        return argument != null && PAYLOAD.matcher(argument).matches() ? argument : null;
    }

    private static String blankToNull(String argument) {
        return argument == null || argument.isBlank() ? null : argument.toLowerCase(Locale.ROOT);
    }

    private static boolean isPrivate(Chat chat) {
        return chat != null && "private".equals(chat.getType());
    }

    private static boolean isPerson(User user) {
        return user != null && !Boolean.TRUE.equals(user.getIsBot());
    }

    static String language(User user) {
        String code = user == null ? null : user.getLanguageCode();
        return code != null && code.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "fr";
    }
}
