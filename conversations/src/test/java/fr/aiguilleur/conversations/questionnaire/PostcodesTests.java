package fr.aiguilleur.conversations.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodesTests {

    @Nested
    class Departement {

        @ParameterizedTest(name = "{0} is in {1}")
        @CsvSource({
                "33210, 33",
                "01000, 01",
                "75011, 75",
                "95000, 95",
                "20000, 2A",
                "20090, 2A",
                "20199, 2A",
                "20200, 2B",
                "20600, 2B",
                "20999, 2B",
                "97133, 971",
                "97200, 972",
                "97300, 973",
                "97400, 974",
                "97500, 975",
                "97600, 976",
                "98800, 988"})
        void findsTheDepartementOfAnExistingPostcode(String postcode, String departement) {
            assertThat(Postcodes.departement(postcode)).contains(departement);
        }

        @ParameterizedTest(name = "\"{0}\" has no département")
        @ValueSource(strings = {"00000", "00100", "96000", "97000", "97700", "97800", "98000", "99000", "3321", "332100",
                "33 2l0", "abcde", "33-210", " ", "+33210"})
        void findsNoneForAMalformedOrNonExistentPostcode(String postcode) {
            assertThat(Postcodes.departement(postcode)).isEmpty();
        }

        @ParameterizedTest
        @NullAndEmptySource
        void findsNoneForNothing(String postcode) {
            assertThat(Postcodes.departement(postcode)).isEmpty();
        }
    }

    @Nested
    class Valid {

        @Test
        void keepsTheFiveDigitsWhenTypedWithSpaces() {
            assertThat(Postcodes.valid(" 33 210 ")).contains("33210");
        }

        @Test
        void refusesAPostcodeOfNoDepartement() {
            assertThat(Postcodes.valid("96100")).isEmpty();
        }
    }
}
