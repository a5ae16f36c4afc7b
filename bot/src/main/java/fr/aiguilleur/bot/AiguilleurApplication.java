package fr.aiguilleur.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The running Aiguilleur service: web chat, Telegram, diagnostics API, leads. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AiguilleurApplication {

    public static void main(String[] args) {
        SpringApplication.run(AiguilleurApplication.class, args);
    }
}
