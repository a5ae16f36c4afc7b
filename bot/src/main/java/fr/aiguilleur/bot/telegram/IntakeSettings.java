package fr.aiguilleur.bot.telegram;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The workers of the durable intake (with Redis): how many chats one instance handles at once,
 * how long a chat stays with a worker that stopped answering (an instance that crashed), and how
 * often an idle worker looks for updates stored by other instances.
 *
 * @param workers  chats handled at once by this instance
 * @param lease    how long a chat is left to its worker without a sign of life (renewed every third)
 * @param idlePoll how long an idle worker waits before looking again (updates this instance stores wake it at once)
 */
@ConfigurationProperties("aiguilleur.telegram.intake")
@Validated
public record IntakeSettings(
        @DefaultValue("16") @Min(value = 1, message = "needs at least one worker") int workers,
        @DefaultValue("15s") @DurationMin(millis = 300, message = "must be at least 300ms") Duration lease,
        @DefaultValue("500ms") @DurationMin(millis = 10, message = "must be at least 10ms") Duration idlePoll) {
}
