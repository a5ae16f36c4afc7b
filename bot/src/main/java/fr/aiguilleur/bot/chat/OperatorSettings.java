package fr.aiguilleur.bot.chat;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the operator keeps the files they edit ({@code services.yaml}, …).
 *
 * @param configDir the operator folder; packaged defaults are used for any file not found there
 */
@ConfigurationProperties("aiguilleur")
public record OperatorSettings(@DefaultValue("config") Path configDir) {
}
