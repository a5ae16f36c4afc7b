package fr.aiguilleur.bot.chat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the operator keeps the files they edit ({@code services.yaml}, {@code coordinators.yaml}).
 *
 * @param configDir the operator folder; packaged defaults are used for any file not found there
 */
@ConfigurationProperties("aiguilleur")
public record OperatorSettings(@DefaultValue("config") Path configDir) {

    private static final Logger LOG = LoggerFactory.getLogger(OperatorSettings.class);

    /** Reads the operator's file of that name when it is in the config folder, else the packaged default. */
    public <T> T fileOrPackaged(String name, Function<Path, T> load, Supplier<T> packaged) {
        Path file = configDir.resolve(name);
        if (Files.isRegularFile(file)) {
            LOG.info("{} read from {}", name, file.toAbsolutePath());
            return load.apply(file);
        }
        LOG.info("no {} found: the packaged {} is used", file.toAbsolutePath(), name);
        return packaged.get();
    }
}
