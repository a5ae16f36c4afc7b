package fr.aiguilleur.conversations.dialogue;

/**
 * One tappable answer. A tap comes back as {@link Input.Choice} with the same question id, option
 * id and check.
 */
public record Button(String label, String questionId, String optionId, String check) {
}
