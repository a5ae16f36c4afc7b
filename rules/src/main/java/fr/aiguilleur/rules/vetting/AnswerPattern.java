package fr.aiguilleur.rules.vetting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code Answer(…)} pattern read from a rule's text: the question it names, the options it
 * accepts, the fields it uses, and whether it must hold ({@code not Answer(…)} need not).
 *
 * @param question the question id, or {@code null} when the pattern names none
 * @param options  the option ids it accepts ({@code option == "x"} or {@code option in ("x", "y")})
 * @param fields   every field the pattern compares
 * @param positive false under {@code not}
 * @param line     the line to report
 */
record AnswerPattern(String question, Set<String> options, Set<String> fields, boolean positive, int line) {

    private static final Pattern START = Pattern.compile("(\\bnot\\s+)?\\bAnswer\\s*\\(");
    private static final Pattern QUESTION = Pattern.compile("\\bquestion\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern OPTION = Pattern.compile("\\boption\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern OPTIONS = Pattern.compile("\\boption\\s+in\\s*\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    /** The patterns of one line of rule text (a pattern is taken to fit on its line). */
    static List<AnswerPattern> on(String text, int line) {
        List<AnswerPattern> patterns = new ArrayList<>();
        Matcher start = START.matcher(text);
        while (start.find()) {
            String inside = inside(text, start.end());
            String question = first(QUESTION, inside);
            Set<String> options = new LinkedHashSet<>();
            Matcher one = OPTION.matcher(inside);
            while (one.find()) {
                options.add(one.group(1));
            }
            Matcher many = OPTIONS.matcher(inside);
            while (many.find()) {
                Matcher quoted = QUOTED.matcher(many.group(1));
                while (quoted.find()) {
                    options.add(quoted.group(1));
                }
            }
            patterns.add(new AnswerPattern(question, options, fields(inside), start.group(1) == null, line));
        }
        return patterns;
    }

    /** The text between the parenthesis opened at {@code from} and the one that closes it. */
    private static String inside(String text, int from) {
        int depth = 1;
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return text.substring(from, i);
            }
        }
        return text.substring(from);
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static Set<String> fields(String inside) {
        String withoutTexts = inside.replaceAll("\"[^\"]*\"", "\"\"").replaceAll("\\([^()]*\\)", "()");
        Set<String> fields = new LinkedHashSet<>();
        for (String part : withoutTexts.split(",|&&|\\|\\|")) {
            Matcher field = Pattern.compile("^\\s*(?:\\$\\w+\\s*:\\s*)?([A-Za-z_]\\w*)").matcher(part);
            if (field.find()) {
                fields.add(field.group(1));
            }
        }
        return fields;
    }
}
