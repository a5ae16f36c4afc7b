package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.conversations.booking.Coordinator;
import fr.aiguilleur.conversations.booking.Coordinators;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import reactor.core.publisher.Mono;

/**
 * The dashboard's logins, one per coordinator with a {@code dashboard} section in the coordinators
 * file. A login without a password hash gets a random password at start, written once in the log:
 * there is no default password.
 */
final class DashboardUsers implements ReactiveUserDetailsService {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardUsers.class);
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 20;

    private final Map<String, UserDetails> users = new LinkedHashMap<>();
    private final Map<String, Viewer> viewers = new LinkedHashMap<>();
    /** Stands in for an unknown login: its hash is checked as a real one, so the answer takes as long. */
    private final UserDetails nobody;

    DashboardUsers(Coordinators coordinators, PasswordEncoder encoder) {
        SecureRandom random = new SecureRandom();
        nobody = User.withUsername("unknown login").password(standIn(coordinators, encoder, random))
                .authorities(List.of()).build();
        for (Coordinator coordinator : coordinators.all()) {
            Coordinator.DashboardLogin login = coordinator.dashboard();
            if (login == null) {
                continue;
            }
            String hash = login.passwordHash() != null ? login.passwordHash() : madeUp(login, encoder, random);
            users.put(login.username(), User.withUsername(login.username()).password(hash)
                    .roles(login.admin() ? "ADMIN" : "COORDINATOR").build());
            viewers.put(login.username(), new Viewer(login.username(), coordinator.id(), login.admin()));
        }
        if (users.isEmpty()) {
            LOG.warn("no coordinator has a dashboard login: nobody can sign in to the dashboard");
        }
    }

    /**
     * The login's details; for an unknown login, a stand-in whose password nobody knows (a random
     * one, never shown), so that a wrong name costs the same password check as a wrong password and
     * the time of the answer does not tell which logins exist. The stand-in can see nothing.
     */
    @Override
    public Mono<UserDetails> findByUsername(String username) {
        return Mono.just(users.getOrDefault(username, nobody)).map(User::withUserDetails).map(User.UserBuilder::build);
    }

    /** The viewer signed in with this login, when it still exists. */
    Optional<Viewer> viewer(String username) {
        return Optional.ofNullable(viewers.get(username));
    }

    private static String madeUp(Coordinator.DashboardLogin login, PasswordEncoder encoder, SecureRandom random) {
        String password = randomPassword(random);
        LOG.warn("DASHBOARD PASSWORD for '{}' (no password_hash in coordinators.yaml, valid until restart): {}",
                login.username(), password);
        return encoder.encode(password);
    }

    /** A hash of a random password, as costly to check as the configured hashes (bcrypt's cost of the first). */
    private static String standIn(Coordinators coordinators, PasswordEncoder encoder, SecureRandom random) {
        for (Coordinator coordinator : coordinators.all()) {
            String hash = coordinator.dashboard() == null ? null : coordinator.dashboard().passwordHash();
            if (hash != null && hash.matches("\\$2[aby]\\$\\d\\d\\$.*")) {
                return new BCryptPasswordEncoder(Integer.parseInt(hash.substring(4, 6))).encode(randomPassword(random));
            }
        }
        return encoder.encode(randomPassword(random));
    }

    private static String randomPassword(SecureRandom random) {
        var password = new StringBuilder();
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
