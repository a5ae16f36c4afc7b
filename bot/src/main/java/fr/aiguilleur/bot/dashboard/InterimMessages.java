package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.conversations.texts.Texts;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/**
 * Interim: Thymeleaf's {@code #{key}} read through {@link Texts}, until the shared MessageSource
 * bridge of the texts work lands (then this class goes).
 */
final class InterimMessages implements MessageSource {

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        Texts texts = Texts.of(locale == null ? Texts.FRENCH : locale.getLanguage());
        if (code == null || !Texts.of(Texts.FRENCH).has(code)) {
            return defaultMessage;
        }
        return texts.get(code, args == null ? new Object[0] : args);
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
