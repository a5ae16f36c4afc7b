package fr.aiguilleur.bot.texts;

import fr.aiguilleur.conversations.texts.Texts;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/**
 * Spring's view of the one text mechanism: Thymeleaf's {@code #{key}} and {@code #{key(${arg})}} and
 * every {@link MessageSource} user read the conversations module's bundles through {@link Texts}, with
 * its {@code {0}} replacement (no {@code MessageFormat}, so apostrophes stay plain). English for an
 * English locale; French for any other and for none, never the machine's language.
 */
final class BundleMessages implements MessageSource {

    private static final Object[] NO_ARGUMENTS = {};

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        Texts texts = Texts.of(locale);
        return code != null && texts.knows(code) ? texts.get(code, args == null ? NO_ARGUMENTS : args) : defaultMessage;
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) {
        String message = getMessage(code, args, null, locale);
        if (message == null) {
            throw new NoSuchMessageException(code, locale);
        }
        return message;
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
        String[] codes = resolvable.getCodes() == null ? new String[0] : resolvable.getCodes();
        for (String code : codes) {
            String message = getMessage(code, resolvable.getArguments(), null, locale);
            if (message != null) {
                return message;
            }
        }
        if (resolvable.getDefaultMessage() != null) {
            return resolvable.getDefaultMessage();
        }
        throw new NoSuchMessageException(codes.length == 0 ? "" : codes[codes.length - 1], locale);
    }
}
