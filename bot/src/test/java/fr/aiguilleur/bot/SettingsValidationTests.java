package fr.aiguilleur.bot;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.jobs.InactivitySettings;
import fr.aiguilleur.bot.telegram.TelegramSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Settings are checked by Bean Validation when they are bound: a wrong value stops the start, saying which. */
class SettingsValidationTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({TelegramSettings.class, InactivitySettings.class})
    static class Bound {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void startsWithTheDefaults() {
        context.run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started.getBean(TelegramSettings.class).sending().perSecond()).isEqualTo(30);
        });
    }

    @Test
    void refusesANonPositiveSendingLimit() {
        context.withPropertyValues("aiguilleur.telegram.sending.per-second=0").run(started -> assertThat(started)
                .getFailure().rootCause().hasMessageContaining("sending.perSecond")
                .hasMessageContaining("Telegram sending limits must be positive"));
    }

    @Test
    void refusesANegativeDuration() {
        context.withPropertyValues("aiguilleur.inactivity.abandon-after=-1d").run(started -> assertThat(started)
                .getFailure().rootCause().hasMessageContaining("abandonAfter")
                .hasMessageContaining("must be a positive duration"));
    }
}
