package fr.aiguilleur.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.booking.Coordinators;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

@ExtendWith(OutputCaptureExtension.class)
class DashboardUsersTests {

    private static final String FILE = """
            coordinators:
              - id: centre
                name: Centre
                territories: ["*"]
                fallback: true
                availability: [{day: MONDAY, from: "09:00", to: "12:00"}]
                dashboard: {username: chef, admin: true, password_hash: "%s"}
              - id: rhone
                name: Dora
                territories: ["69"]
                availability: [{day: MONDAY, from: "09:00", to: "12:00"}]
                dashboard: {username: dora}
              - id: bdr
                name: Eve
                territories: ["13"]
                availability: [{day: MONDAY, from: "09:00", to: "12:00"}]
            """;

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);

    private DashboardUsers users() {
        return new DashboardUsers(Coordinators.parse(FILE.formatted(encoder.encode("chef-secret")), "test"), encoder);
    }

    @Test
    void makesARandomPasswordForALoginWithoutHashAndTellsItOnceInTheLog(CapturedOutput output) {
        var users = users();
        String log = output.getAll();
        Matcher told = Pattern.compile("DASHBOARD PASSWORD for 'dora'.*: (\\S+)").matcher(log);
        assertThat(told.find()).as("the password is in the log").isTrue();
        assertThat(log).containsOnlyOnce("DASHBOARD PASSWORD");
        String password = told.group(1);
        assertThat(password).hasSize(20);
        assertThat(encoder.matches(password, users.findByUsername("dora").block().getPassword())).isTrue();
        assertThat(users().findByUsername("dora").block().getPassword())
                .as("another start, another password").isNotEqualTo(users.findByUsername("dora").block().getPassword());
    }

    @Test
    void usesTheHashOfTheFileAndGivesRoles() {
        var chef = users().findByUsername("chef").block();
        assertThat(encoder.matches("chef-secret", chef.getPassword())).isTrue();
        assertThat(chef.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_ADMIN");
        assertThat(users().findByUsername("dora").block().getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_COORDINATOR");
        assertThat(users().viewer("chef")).contains(new Viewer("chef", "centre", true));
    }

    @Test
    void letsNobodyInWithoutADashboardSection() {
        var users = users();
        for (String unknown : new String[] {"bdr", "Eve"}) {
            var standIn = users.findByUsername(unknown).block();
            assertThat(standIn.getAuthorities()).as("a stand-in that can see nothing").isEmpty();
            assertThat(encoder.matches("chef-secret", standIn.getPassword())).isFalse();
            assertThat(encoder.matches("", standIn.getPassword())).isFalse();
        }
        assertThat(users.viewer("bdr")).isEmpty();
    }

    @Test
    void checksAPasswordForAnUnknownLoginAsCostlyAsForAKnownOne() {
        var users = users();

        String known = users.findByUsername("chef").block().getPassword();
        String unknown = users.findByUsername("nobody").block().getPassword();

        assertThat(unknown).as("a bcrypt hash of the same cost as the file's").startsWith(known.substring(0, 7))
                .isNotEqualTo(known);
    }
}
