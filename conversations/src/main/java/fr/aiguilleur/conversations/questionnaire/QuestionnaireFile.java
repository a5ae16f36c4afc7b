package fr.aiguilleur.conversations.questionnaire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** The questionnaire YAML as written, before it is checked and turned into {@link Questionnaire}. */
record QuestionnaireFile(String version, List<QuestionEntry> questions) {

    /** One question as written. */
    record QuestionEntry(
            String id,
            String stage,
            String kind,
            String validation,
            Map<String, String> text,
            Map<String, String> details,
            Map<String, String> reask,
            List<OptionEntry> options,
            @JsonProperty("skip_if") SkipEntry skipIf) {
    }

    /** One option as written. */
    record OptionEntry(
            String id,
            Map<String, String> label,
            Boolean exclusive,
            @JsonProperty("ends_questions") Boolean endsQuestions,
            @JsonProperty("only_on") String onlyOn) {
    }

    /** A skip condition as written. */
    record SkipEntry(String question, List<String> answer) {
    }
}
