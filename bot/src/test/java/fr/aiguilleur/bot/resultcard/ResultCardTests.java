package fr.aiguilleur.bot.resultcard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.diagnosis.Level;
import fr.aiguilleur.conversations.diagnosis.Priority;
import fr.aiguilleur.conversations.diagnosis.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ResultCardTests {

    static Diagnosis visit() {
        return new Diagnosis(
                Map.of(Axis.ADMINISTRATIVE, 72, Axis.PRESENCE, 40, Axis.INTERNAL_TOOLS, 10, Axis.STRATEGY, 55),
                Map.of(Axis.ADMINISTRATIVE, Level.HIGH, Axis.PRESENCE, Level.MEDIUM, Axis.INTERNAL_TOOLS, Level.LOW,
                        Axis.STRATEGY, Level.MEDIUM),
                Level.LOW, Decision.BOOK_VISIT, Priority.HIGH, List.of("france-services"),
                List.of(Reason.need("impots", Axis.ADMINISTRATIVE, 30, "Vous faites vos déclarations sur papier."),
                        Reason.need("site", Axis.PRESENCE, 20, "Vous n'avez pas de site."),
                        Reason.of(Reason.Kind.AUTONOMY, "aide", "Vous vous faites souvent aider."),
                        Reason.of(Reason.Kind.DECISION, "visite", "Un besoin important et peu d'aisance : une visite aide le plus."),
                        Reason.of(Reason.Kind.DECISION, "urgence", "Une échéance approche.")),
                "v1", "abc");
    }

    @Nested
    class ThePicture {

        @Test
        void is_a_png_600_pixels_wide_tall_enough_for_every_need() throws IOException {
            ResultCard card = ResultCard.of(visit(), "fr");

            var image = ImageIO.read(new ByteArrayInputStream(card.png()));
            assertThat(image.getWidth()).isEqualTo(600);
            assertThat(image.getHeight()).isBetween(600, 2000);
            Path saved = Path.of("target", "result-card-fr.png");
            Files.createDirectories(saved.getParent());
            Files.write(saved, card.png());
        }
    }

    @Nested
    class TheTextAlternative {

        @Test
        void carries_the_four_scores_the_levels_and_the_autonomy() {
            String text = ResultCard.of(visit(), "fr").text();

            assertThat(text).contains("Les démarches en ligne : 72/100, besoin important",
                    "Être visible sur internet : 40/100, besoin moyen", "Les outils pour vous organiser : 10/100",
                    "Vos projets numériques : 55/100", "Votre aisance avec le numérique : à accompagner");
        }

        @Test
        void says_what_happens_next_and_why_with_the_rules_reasons() {
            String text = ResultCard.textOf(visit(), "fr");

            assertThat(text).contains("en priorité", "une visite aide le plus", "Une échéance approche.");
            assertThat(text).doesNotContain("Vous vous faites souvent aider.");
        }

        @Test
        void gives_each_needs_reasons_under_its_need() {
            String text = ResultCard.textOf(visit(), "fr");

            assertThat(text.indexOf("Les démarches en ligne :\n  – Vous faites vos déclarations sur papier."))
                    .isPositive();
        }

        @Test
        void is_in_english_when_english_is_chosen() {
            String text = ResultCard.textOf(visit(), "en");

            assertThat(text).contains("Your digital pre-diagnosis", "Online paperwork: 72/100, important need",
                    "How at ease you are with digital tools: needs support", "What happens next?");
        }

        @Test
        void a_redirect_has_no_bars_and_says_where_to_go() {
            var redirect = new Diagnosis(Map.of(), Map.of(), null, Decision.REDIRECT, null, List.of(),
                    List.of(Reason.of(Reason.Kind.DECISION, "particulier", "Vous êtes un particulier.")), "v1", "abc");

            String text = ResultCard.textOf(redirect, "fr");

            assertThat(text).doesNotContain("/100").contains("pas le bon endroit", "Vous êtes un particulier.");
        }
    }
}
