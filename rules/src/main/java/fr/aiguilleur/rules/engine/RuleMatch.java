package fr.aiguilleur.rules.engine;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds which rule a line of generated Java comes from, by the words they share: the words the
 * error message names (a misspelt method, an unknown variable) count most.
 *
 * @param rule the rule found
 * @param line the line to report (in the .drl file, or the table row)
 */
record RuleMatch(IndexedRule rule, int line) {

    private static final Pattern TOKEN = Pattern.compile("\"[^\"]*\"|[A-Za-z_$][A-Za-z0-9_$]*|\\d+");
    private static final Set<String> COMMON = Set.of("drools", "insert", "new", "int", "java", "lang", "String",
            "Integer", "this", "return", "null", "true", "false", "modify", "update", "fr", "aiguilleur", "rules",
            "conversations", "diagnosis", "org", "model", "the", "is", "for", "type", "to", "a", "of", "be", "in",
            "cannot", "resolved", "method", "undefined", "variable", "not", "applicable", "arguments");

    static Optional<RuleMatch> best(RuleIndex index, String message, String offending) {
        Set<String> lineTokens = tokens(offending);
        Set<String> named = tokens(message);
        named.retainAll(lineTokens);
        RuleMatch best = null;
        int bestScore = 0;
        for (IndexedRule rule : index.rules()) {
            for (int i = 0; i < rule.text().size(); i++) {
                Set<String> ruleTokens = tokens(rule.text().get(i));
                int score = 10 * count(named, ruleTokens) + count(lineTokens, ruleTokens);
                if (score > bestScore) {
                    bestScore = score;
                    best = new RuleMatch(rule, rule.reportedLine(i));
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static int count(Set<String> wanted, Set<String> present) {
        int found = 0;
        for (String token : wanted) {
            if (present.contains(token)) {
                found++;
            }
        }
        return found;
    }

    static Set<String> tokens(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            if (!COMMON.contains(matcher.group())) {
                tokens.add(matcher.group());
            }
        }
        return tokens;
    }
}
