package fr.aiguilleur.bot.rules;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the rules come from.
 *
 * @param dir a folder of rule files watched for changes; empty for the rules packaged in the jar
 */
@ConfigurationProperties("aiguilleur.rules")
public record RulesSettings(String dir) {

    public boolean watchesFolder() {
        return dir != null && !dir.isBlank();
    }
}
