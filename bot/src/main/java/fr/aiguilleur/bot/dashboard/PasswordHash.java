package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.conversations.texts.Texts;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * A small command for operators: reads a password (typed without echo, or one line of standard
 * input) and prints its bcrypt hash, to paste as {@code password_hash} in coordinators.yaml.
 * See docs/dashboard.md for how to run it from the service's jar.
 */
public final class PasswordHash {

    private static final int SHORTEST = 10;

    private PasswordHash() {
    }

    public static void main(String[] args) throws IOException {
        String password = read();
        if (password == null || password.length() < SHORTEST) {
            System.err.println(Texts.of(Texts.FRENCH).get("dashboard.password.too-short", SHORTEST) + " / "
                    + Texts.of(Texts.ENGLISH).get("dashboard.password.too-short", SHORTEST));
            System.exit(2);
        }
        System.out.println(new BCryptPasswordEncoder(10).encode(password));
    }

    private static String read() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("%s / %s: ", Texts.of(Texts.FRENCH).get("dashboard.login.password"),
                    Texts.of(Texts.ENGLISH).get("dashboard.login.password"));
            return typed == null ? null : new String(typed);
        }
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    }
}
