package fr.aiguilleur.bot.support;

import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An SMTP server for a test class (GreenMail on a free port of this machine) and the settings that
 * turn the service's e-mail on towards it.
 *
 * <pre>
 * static final TestSmtp SMTP_AT = TestSmtp.onFreePort();
 * &#64;RegisterExtension static final GreenMailExtension SMTP = new GreenMailExtension(SMTP_AT.setup());
 * &#64;DynamicPropertySource static void smtp(DynamicPropertyRegistry registry) { SMTP_AT.register(registry); }
 * </pre>
 */
public record TestSmtp(int port) {

    public static TestSmtp onFreePort() {
        try (var socket = new ServerSocket(0)) {
            return new TestSmtp(socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GreenMail's SMTP on this port, given time to start on a loaded machine. */
    public ServerSetup setup() {
        var setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(30_000);
        return setup;
    }

    /** E-mail on (Spring Boot's {@code spring.mail.*}), towards this server. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> port);
    }
}
