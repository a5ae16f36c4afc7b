package fr.aiguilleur.conversations.questionnaire;

import fr.aiguilleur.conversations.diagnosis.Answers;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of the questionnaire, loaded from YAML: the consent, the diagnostic questions in
 * order with their skip conditions, then the steps shown after the result.
 */
public final class Questionnaire {

    /** Class-path location of the questionnaire shipped with the application. */
    public static final String PACKAGED = "/questionnaire/questionnaire-v1.yaml";

    private final String version;
    private final List<Question> questions;
    private final Map<String, Question> byId = new LinkedHashMap<>();

    public Questionnaire(String version, List<Question> questions) {
        this.version = Objects.requireNonNull(version, "version");
        this.questions = List.copyOf(questions);
        this.questions.forEach(question -> byId.put(question.id(), question));
    }

    /** The questionnaire shipped in the jar (v1); checked when loaded. */
    public static Questionnaire packaged() {
        return QuestionnaireLoader.fromClassPath(PACKAGED);
    }

    /** Reads and checks a questionnaire file. @throws InvalidQuestionnaire naming the line at fault */
    public static Questionnaire load(Path file) {
        return QuestionnaireLoader.fromFile(file);
    }

    /** Reads and checks questionnaire YAML. @throws InvalidQuestionnaire naming the line at fault */
    public static Questionnaire parse(String yaml, String source) {
        return QuestionnaireLoader.parse(yaml, source);
    }

    public String version() {
        return version;
    }

    /** Every question in order: consent first, the steps after the result last. */
    public List<Question> questions() {
        return questions;
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The questions the rules read (role … obstacles), in order. */
    public List<Question> diagnosticQuestions() {
        return questions.stream().filter(Question::isDiagnostic).toList();
    }

    /** The consent question, asked first. */
    public Question consent() {
        return questions.stream().filter(question -> question.stage() == Question.Stage.CONSENT).findFirst()
                .orElseThrow();
    }

    /**
     * The diagnostic question to ask after this one (or the first, when {@code afterId} is not a
     * diagnostic question), skipping what the answers rule out; empty when the questions are over.
     */
    public Optional<Question> nextQuestion(String afterId, Answers answers) {
        List<Question> diagnostic = diagnosticQuestions();
        int start = diagnostic.indexOf(byId.get(afterId)) + 1;
        for (Question question : diagnostic.subList(0, start)) {
            if (endsQuestions(question, answers)) {
                return Optional.empty();
            }
        }
        return diagnostic.subList(start, diagnostic.size()).stream()
                .filter(question -> !skipped(question, answers))
                .findFirst();
    }

    /** Whether the answers rule this question out (its skip condition holds). */
    public boolean skipped(Question question, Answers answers) {
        return question.skipIf() != null && question.skipIf().appliesTo(answers);
    }

    /** Whether the answer given to this question ends the diagnostic questions. */
    public boolean endsQuestions(Question question, Answers answers) {
        return question.options().stream()
                .anyMatch(option -> option.endsQuestions() && answers.has(question.id(), option.id()));
    }

    /**
     * Checks raw answers (question id to an option id, a list of option ids, or the typed text)
     * against the diagnostic questions, and drops those the questionnaire would have skipped.
     */
    public AnswerCheck check(Map<String, ?> raw) {
        return new AnswerChecker(this).check(raw);
    }

    /** The answers without those the questionnaire would have skipped, in question order. */
    public Answers kept(Answers answers) {
        var kept = new LinkedHashMap<String, List<String>>();
        for (Question question : diagnosticQuestions()) {
            if (answers.answered(question.id()) && !skipped(question, answers)) {
                kept.put(question.id(), answers.get(question.id()));
            }
            if (endsQuestions(question, answers)) {
                break;
            }
        }
        return new Answers(kept);
    }

    @Override
    public String toString() {
        return "questionnaire " + version;
    }
}
