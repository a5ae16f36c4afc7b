package fr.aiguilleur.bot.chat;

import fr.aiguilleur.conversations.leads.LeadRetention;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long leads are kept ({@code AIGUILLEUR_LEAD_RETENTION}).
 *
 * @param retention after the last contact with the person (creation, status change, note); 3 years
 *                  by default, the CNIL's guidance for prospects
 * @param purgeEvery how often leads past their retention are looked for
 */
@ConfigurationProperties("aiguilleur.lead")
@Validated
public record LeadSettings(
        @DefaultValue("1095d") @DurationMin(days = 1, message = "must be one day or more") Duration retention,
        @DefaultValue("6h") @DurationMin(millis = 1, message = "must be a positive duration") Duration purgeEvery) {

    public LeadRetention leadRetention() {
        return new LeadRetention(retention);
    }
}
