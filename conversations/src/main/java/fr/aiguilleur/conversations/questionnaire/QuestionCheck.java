package fr.aiguilleur.conversations.questionnaire;

import fr.aiguilleur.conversations.questionnaire.Question.Kind;
import fr.aiguilleur.conversations.questionnaire.Question.Stage;
import fr.aiguilleur.conversations.questionnaire.Question.Validation;
import fr.aiguilleur.conversations.questionnaire.QuestionnaireFile.OptionEntry;
import fr.aiguilleur.conversations.questionnaire.QuestionnaireFile.QuestionEntry;
import fr.aiguilleur.conversations.yaml.YamlProblems;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks one question of a questionnaire file on its own and builds it. */
final class QuestionCheck {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Set<String> CHANNELS = Set.of("web", "telegram");

    private final QuestionEntry entry;
    private final String pointer;
    private final YamlProblems problems;

    QuestionCheck(QuestionEntry entry, String pointer, YamlProblems problems) {
        this.entry = entry;
        this.pointer = pointer;
        this.problems = problems;
    }

    /** The question, or {@code null} when it has a problem (already noted). */
    Question question() {
        String name = entry.id() == null ? "?" : entry.id();
        if (entry.id() == null || !ID.matcher(entry.id()).matches()) {
            problems.at(pointer, "question id '" + name + "' is missing or not lower-case letters, digits and _");
        }
        Stage stage = parse(Stage.class, entry.stage(), "stage", name);
        Kind kind = parse(Kind.class, entry.kind(), "kind", name);
        Validation validation = entry.validation() == null ? null
                : parse(Validation.class, entry.validation(), "validation", name);
        texts(entry.text(), pointer + "/text", true, "question '" + name + "'", "text");
        texts(entry.details(), pointer + "/details", false, "question '" + name + "'", "details");
        texts(entry.reask(), pointer + "/reask", false, "question '" + name + "'", "reask");
        if (kind == Kind.TYPED && validation == null || kind != Kind.TYPED && validation != null) {
            problems.at(pointer, "question '" + name + "': a validation goes with kind typed, and only with it");
        }
        List<Option> options = options(name, kind, stage);
        if (stage == null || kind == null || entry.id() == null) {
            return null;
        }
        SkipCondition skip = entry.skipIf() == null ? null
                : new SkipCondition(entry.skipIf().question(), orEmpty(entry.skipIf().answer()));
        return new Question(entry.id(), stage, kind, validation, entry.text() == null ? Map.of() : entry.text(),
                entry.details(), entry.reask(), options, skip);
    }

    private List<Option> options(String name, Kind kind, Stage stage) {
        List<OptionEntry> entries = orEmpty(entry.options());
        if (kind == Kind.TYPED && !entries.isEmpty()) {
            problems.at(pointer + "/options", "question '" + name + "' is typed: it cannot have options");
        }
        if ((kind == Kind.SINGLE || kind == Kind.SLOTS) && entries.isEmpty()) {
            problems.at(pointer, "question '" + name + "' has no options");
        }
        var options = new ArrayList<Option>();
        var seen = new HashSet<String>();
        for (int i = 0; i < entries.size(); i++) {
            Option option = option(entries.get(i), pointer + "/options/" + i, name, kind, stage);
            if (option == null) {
                continue;
            }
            if (!seen.add(option.id())) {
                problems.at(pointer + "/options/" + i, "option id '" + option.id() + "' appears twice in question '" + name + "'");
            }
            options.add(option);
        }
        boolean hasDone = seen.contains(Question.DONE);
        if (kind == Kind.MULTI && (!hasDone || seen.size() < 3)) {
            problems.at(pointer, "multi-choice question '" + name + "' needs a 'done' option and at least two others");
        }
        if (kind != Kind.MULTI && hasDone) {
            problems.at(pointer, "only a multi-choice question can have a 'done' option ('" + name + "')");
        }
        return options;
    }

    private Option option(OptionEntry option, String at, String question, Kind kind, Stage stage) {
        if (option == null || option.id() == null || !ID.matcher(option.id()).matches()) {
            problems.at(at, "an option of question '" + question + "' has a missing or malformed id");
            return null;
        }
        texts(option.label(), at + "/label", true, "option '" + option.id() + "' of question '" + question + "'", "label");
        boolean exclusive = Boolean.TRUE.equals(option.exclusive());
        boolean ends = Boolean.TRUE.equals(option.endsQuestions());
        if (exclusive && kind != Kind.MULTI) {
            problems.at(at, "option '" + option.id() + "' is exclusive, but '" + question + "' is not a multi-choice");
        }
        if (ends && (stage != Stage.DIAGNOSTIC || kind != Kind.SINGLE)) {
            problems.at(at, "option '" + option.id() + "' ends the questions, but '" + question + "' is not a single-choice diagnostic question");
        }
        if (option.onlyOn() != null && !CHANNELS.contains(option.onlyOn())) {
            problems.at(at, "option '" + option.id() + "': only_on must be one of " + CHANNELS);
        }
        return new Option(option.id(), option.label() == null ? Map.of() : option.label(), exclusive, ends, option.onlyOn());
    }

    private void texts(Map<String, String> texts, String at, boolean required, String owner, String field) {
        if (texts == null ? required : texts.get("fr") == null || texts.get("fr").isBlank()) {
            problems.at(at, owner + " has no French " + field);
        }
    }

    private <E extends Enum<E>> E parse(Class<E> type, String value, String field, String question) {
        if (value == null) {
            problems.at(pointer, "question '" + question + "' has no " + field);
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).equals(value)) {
                return constant;
            }
        }
        List<String> expected = java.util.Arrays.stream(type.getEnumConstants())
                .map(constant -> constant.name().toLowerCase(Locale.ROOT)).toList();
        problems.at(pointer + "/" + field, "question '" + question + "': " + field + " '" + value + "' is not one of " + expected);
        return null;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
