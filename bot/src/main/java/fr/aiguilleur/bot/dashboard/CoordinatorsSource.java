package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.conversations.booking.Coordinators;
import java.util.function.Supplier;

/** The coordinators the dashboard knows: who signs in, and who follows which territory. */
@FunctionalInterface
public interface CoordinatorsSource extends Supplier<Coordinators> {
}
