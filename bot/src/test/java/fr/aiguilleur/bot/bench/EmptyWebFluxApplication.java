package fr.aiguilleur.bot.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The floor of the start-up benchmark (docs/performance.md, "Start-up"): a Spring Boot WebFlux
 * application with no bean of its own, on the service's class path (same libraries, actuator
 * included), started and measured by {@code docs/bench/startup.sh} beside the service.
 */
@SpringBootApplication(scanBasePackages = "fr.aiguilleur.bot.bench.none")
public class EmptyWebFluxApplication {

    public static void main(String[] args) {
        SpringApplication.run(EmptyWebFluxApplication.class, args);
    }
}
