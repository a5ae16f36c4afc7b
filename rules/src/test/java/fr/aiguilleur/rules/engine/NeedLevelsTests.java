package fr.aiguilleur.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Level;
import fr.aiguilleur.rules.NeedPoints;
import fr.aiguilleur.rules.NeedScore;
import fr.aiguilleur.rules.PackagedRules;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact level limits and the 0..100 bounds of the packaged rules. Answers only give multiples
 * of 5, so these scores are given to the rules directly as points.
 */
class NeedLevelsTests {

    @ParameterizedTest(name = "{0} points give a score of {1}, level {2}")
    @CsvSource({
            "0, 0, LOW",
            "33, 33, LOW",
            "34, 34, MEDIUM",
            "66, 66, MEDIUM",
            "67, 67, HIGH",
            "100, 100, HIGH",
            "135, 100, HIGH",
            "-20, 0, LOW"})
    void turnPointsIntoAScoreAndALevel(int points, int score, Level level) {
        Findings findings = PackagedRules.ruleSet().run(List.of(new NeedPoints(Axis.PRESENCE, points, "Test.", "Test.")));

        NeedScore presence = findings.of(NeedScore.class).map(Findings.Found::fact)
                .filter(need -> need.getAxis() == Axis.PRESENCE).findFirst().orElseThrow();
        assertThat(presence.getScore()).isEqualTo(score);
        assertThat(presence.getTotal()).isEqualTo(points);
        assertThat(presence.getLevel()).isEqualTo(level);
    }
}
