package fr.aiguilleur.bot.texts;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;

/** Registers the bundles of the conversations module as the application's {@code messageSource}. */
@Configuration(proxyBeanMethods = false)
class TextsWiring {

    @Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    MessageSource messageSource() {
        return new BundleMessages();
    }
}
