package fr.aiguilleur.conversations.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoordinatorsFileTests {

    static final String VALID = """
            coordinators:
              - id: c1
                name: Camille
                territories: ["33", "331"]
                fallback: true
                telegram_chat_id: -1001234
                email: camille@exemple.fr
                visit_minutes: 45
                formats: [onsite, phone]
                availability:
                  - {day: MONDAY, from: "07:00", to: "09:00"}
                  - {day: samedi, from: "9:00", to: "12:00"}
                dashboard:
                  username: camille
                  admin: true
                  password_hash: "$2a$10$abcdefghijklmnopqrstuuJ8XHvmoEfwSFlxQRUO1ZBy8lu0r7Bzi"
            """;

    private static void assertRefused(String yaml, String... expected) {
        assertThatThrownBy(() -> Coordinators.parse(yaml, "coordinators.yaml"))
                .isInstanceOf(InvalidCoordinators.class)
                .message().contains(expected);
    }

    private static int lineOf(String yaml, String text) {
        int index = yaml.indexOf(text);
        assertThat(index).as("the test text is in the file").isNotNegative();
        return (int) yaml.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    @Nested
    class Valid {

        @Test
        void readsEveryField() {
            Coordinator c1 = Coordinators.parse(VALID, "test.yaml").find("c1").orElseThrow();
            assertThat(c1.territories()).containsExactly("33", "331");
            assertThat(c1.telegramChatId()).isEqualTo(-1001234L);
            assertThat(c1.email()).isEqualTo("camille@exemple.fr");
            assertThat(c1.visitMinutes()).isEqualTo(45);
            assertThat(c1.formats()).containsExactlyInAnyOrder("onsite", "phone");
            assertThat(c1.zone()).isEqualTo(Coordinator.DEFAULT_ZONE);
            assertThat(c1.availability()).containsExactly(
                    new Coordinator.Window(DayOfWeek.MONDAY, LocalTime.of(7, 0), LocalTime.of(9, 0)),
                    new Coordinator.Window(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));
            assertThat(c1.dashboard().admin()).isTrue();
            assertThat(c1.dashboard().passwordHash()).startsWith("$2a$10$");
            assertThat(c1.dashboard().toString()).as("the hash is never printed").doesNotContain("$2a$");
        }

        @Test
        void offersEveryFormatInParisByDefault() {
            Coordinator minimal = Coordinators.parse("coordinators:\n  - {id: a, name: A, fallback: true}\n", "t")
                    .fallback();
            assertThat(minimal.formats()).containsExactlyInAnyOrder("onsite", "phone", "video");
            assertThat(minimal.visitMinutes()).isEqualTo(60);
            assertThat(minimal.zone()).hasToString("Europe/Paris");
            assertThat(minimal.dashboard()).isNull();
        }

        @Test
        void loadsAnOperatorFile(@TempDir Path folder) throws IOException {
            Path file = folder.resolve("coordinators.yaml");
            Files.writeString(file, VALID);
            assertThat(Coordinators.load(file).fallback().id()).isEqualTo("c1");
        }
    }

    @Nested
    class Refused {

        @Test
        void namesTheLineOfBadYaml() {
            assertRefused("coordinators:\n  - id: c1\n    territories: [\"33\", \"2A\"\n    fallback: true\n",
                    "coordinators.yaml, line 4: not valid YAML");
        }

        @Test
        void namesTheLineOfAnUnknownField() {
            String yaml = VALID.replace("    visit_minutes: 45\n", "    visit_minutes: 45\n    colour: blue\n");
            assertRefused(yaml, "line " + lineOf(yaml, "colour: blue") + ":", "unknown field 'colour'", "territories");
        }

        @Test
        void namesTheLineOfAValueOfTheWrongType() {
            String yaml = VALID.replace("telegram_chat_id: -1001234", "telegram_chat_id: [1, 2]");
            assertRefused(yaml, "line " + lineOf(yaml, "telegram_chat_id") + ":", "'telegram_chat_id'",
                    "a whole number");
        }

        @Test
        void namesTheLineOfAnUnknownTerritory() {
            String yaml = VALID.replace("[\"33\", \"331\"]", "[\"33\",\n      \"Gironde\"]");
            assertRefused(yaml, "line " + lineOf(yaml, "\"Gironde\"") + ":", "'Gironde' is not a territory");
        }

        @Test
        void refusesATerritoryGivenToTwoCoordinators() {
            String yaml = VALID + "  - id: c2\n    name: Samir\n    territories: [\"33\"]\n";
            assertRefused(yaml, "line " + lineOf(yaml, "territories: [\"33\"]") + ":",
                    "territory '33' is already given to coordinator 'c1'");
        }

        @Test
        void refusesAFileWithoutFallback() {
            assertRefused(VALID.replace("    fallback: true\n", ""), "line 2:", "no coordinator has fallback: true");
        }

        @Test
        void refusesASecondFallback() {
            String yaml = VALID + "  - id: c2\n    name: Samir\n    fallback: true\n";
            int line = (int) yaml.lines().count();
            assertRefused(yaml, "line " + line + ":", "'c2' is a second fallback");
        }

        @Test
        void namesTheLineOfAWrongDayOrTime() {
            String yaml = VALID.replace("{day: MONDAY, from: \"07:00\"", "{day: MONDI, from: \"7h\"");
            int line = lineOf(yaml, "MONDI");
            assertRefused(yaml, "line " + line + ": 'MONDI' is not a day", "line " + line + ": 'from' is not a time");
        }

        @Test
        void refusesAWindowShorterThanAVisit() {
            String yaml = VALID.replace("to: \"09:00\"", "to: \"07:30\"");
            assertRefused(yaml, "line " + lineOf(yaml, "07:30") + ":", "shorter than a visit (45 minutes)");
        }

        @Test
        void refusesAnUnknownTimeZoneAFormatAndAMalformedId() {
            String yaml = VALID.replace("visit_minutes: 45", "visit_minutes: 45\n    time_zone: Europe/Bordeaux")
                    .replace("[onsite, phone]", "[onsite, visio]").replace("id: c1", "id: Camille Martin");
            assertRefused(yaml, "unknown time zone 'Europe/Bordeaux'", "'visio' is not a format",
                    "line " + lineOf(yaml, "id: Camille") + ": the id is missing or malformed");
        }

        @Test
        void refusesAPasswordThatIsNotABcryptHash() {
            String yaml = VALID.replaceAll("password_hash: .*", "password_hash: secret123");
            assertRefused(yaml, "line " + lineOf(yaml, "secret123") + ":", "not a bcrypt hash");
        }

        @Test
        void refusesAnEmptyFile() {
            assertRefused("", "line 1");
            assertRefused("coordinators: []\n", "there is no coordinator");
        }
    }
}
