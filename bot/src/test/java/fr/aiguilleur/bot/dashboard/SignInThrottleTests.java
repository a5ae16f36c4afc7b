package fr.aiguilleur.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.support.OperationsTest;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.reactive.server.WebTestClient;

@OperationsTest
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleTests {

    private static final AtomicInteger CLIENTS = new AtomicInteger(10);

    @Autowired
    WebTestClient client;

    /** A visitor from an address of the documentation range, new for each call. */
    Visitor from(String address) {
        return new Visitor(client.mutate().defaultHeader("X-Forwarded-For", address).build());
    }

    static String newAddress() {
        return "198.51.100." + CLIENTS.incrementAndGet();
    }

    @Test
    void refusesEvenTheRightPasswordAfterThreeFailuresForTheAccountAndSaysHowLongToWait() {
        for (int i = 0; i < 3; i++) {
            assertThat(from(newAddress()).signIn("bruno", "guess-" + i)).endsWith("/dashboard/login?error");
        }

        Visitor bruno = from(newAddress());
        String location = bruno.signIn("bruno", "bruno-secret");

        assertThat(location).contains("/dashboard/login?wait=").endsWith("&by=account");
        assertThat(bruno.page(location.substring(location.indexOf("/dashboard"))))
                .contains("Trop d&#39;essais de connexion ont échoué pour cet identifiant", "minutes");
    }

    @Test
    void refusesAnAddressAfterSixFailuresWhateverTheAccounts() {
        String address = newAddress();
        for (int i = 0; i < 6; i++) {
            assertThat(from(address).signIn("nobody-" + i, "guess")).endsWith("/dashboard/login?error");
        }

        assertThat(from(address).signIn("alice", "alice-secret")).endsWith("&by=address");
        Visitor.signedIn(client.mutate().defaultHeader("X-Forwarded-For", newAddress()).build(), "alice", "alice-secret");
    }

    @Test
    void logsEachFailureWithAccountAndAddressButNeverThePassword(CapturedOutput output) {
        String address = newAddress();

        from(address).signIn("eve", "Tr0ub4dor-and-3");

        assertThat(output.getOut()).contains("dashboard sign-in failed for account 'eve' from " + address)
                .doesNotContain("Tr0ub4dor-and-3");
    }
}
