package fr.aiguilleur.conversations.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedAnswersTests {

    @Nested
    class Phones {

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource(delimiter = '|', value = {
                "06 12 34 56 78|+33612345678",
                "0612345678|+33612345678",
                "06.12.34.56.78|+33612345678",
                "06-12-34-56-78|+33612345678",
                "+33 6 12 34 56 78|+33612345678",
                "+33612345678|+33612345678",
                "+33 (0)6 12 34 56 78|+33612345678",
                "0033 6 12 34 56 78|+33612345678",
                "01 23 45 67 89|+33123456789",
                "09 87 65 43 21|+33987654321",
                "0692 12 34 56|+262692123456",
                "0262 12 34 56|+262262123456",
                "0639 12 34 56|+262639123456",
                "0690 12 34 56|+590690123456",
                "0594 12 34 56|+594594123456",
                "0696 12 34 56|+596696123456",
                "+262 692 12 34 56|+262692123456"})
        void normalisesAFrenchNumberToE164(String typed, String e164) {
            assertThat(PhoneNumbers.e164(typed)).contains(e164);
        }

        @ParameterizedTest(name = "\"{0}\" is refused")
        @ValueSource(strings = {"", "06 12 34 56", "06 12 34 56 78 90", "00 12 34 56 78", "+44 20 7946 0958",
                "+33 06 12 34 56 78", "téléphone", "06 12 34 56 7a", "+1 212 555 0100"})
        void refusesWhatIsNotAFrenchNumber(String typed) {
            assertThat(PhoneNumbers.e164(typed)).isEmpty();
        }

        @Test
        void refusesNothing() {
            assertThat(PhoneNumbers.e164(null)).isEmpty();
        }
    }

    @Nested
    class FirstNamesTyped {

        @ParameterizedTest(name = "\"{0}\" is accepted")
        @ValueSource(strings = {"Marie", "Jean-Pierre", "Anne Sophie", "Hélène", "N'Golo", "Zoë", "Ève", "Li"})
        void acceptsLettersAccentsSpacesHyphensApostrophes(String typed) {
            assertThat(FirstNames.valid(typed)).contains(typed);
        }

        @Test
        void trimsAndJoinsSpaces() {
            assertThat(FirstNames.valid("  Anne   Sophie ")).contains("Anne Sophie");
        }

        @ParameterizedTest(name = "\"{0}\" is refused")
        @ValueSource(strings = {"", "   ", "Marie2", "-Marie", "marie@exemple.fr", "<script>", "06 12 34 56 78"})
        void refusesWhatIsNotAFirstName(String typed) {
            assertThat(FirstNames.valid(typed)).isEmpty();
        }

        @Test
        void refusesMoreThanSixtyCharacters() {
            assertThat(FirstNames.valid("a".repeat(60))).isPresent();
            assertThat(FirstNames.valid("a".repeat(61))).isEmpty();
        }
    }

    @Nested
    class Emails {

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource(delimiter = '|', value = {
                "marie@exemple.fr|marie@exemple.fr",
                " Marie.Dupont@Exemple.FR |Marie.Dupont@exemple.fr",
                "boulangerie+devis@mairie-x.gouv.fr|boulangerie+devis@mairie-x.gouv.fr"})
        void acceptsAnAddressWithItsDomainLowerCased(String typed, String kept) {
            assertThat(EmailAddresses.valid(typed)).contains(kept);
        }

        @ParameterizedTest(name = "\"{0}\" is refused")
        @ValueSource(strings = {"", "marie", "marie@", "@exemple.fr", "marie@exemple", "marie@@exemple.fr",
                "marie dupont@exemple.fr", "marie@exemple..fr", "marie@-exemple.fr", "marie.@exemple.fr"})
        void refusesWhatIsNotAnAddress(String typed) {
            assertThat(EmailAddresses.valid(typed)).isEmpty();
        }
    }
}
