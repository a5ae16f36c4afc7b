package fr.aiguilleur.bot.dashboard;

import java.util.List;

/**
 * The follow-up outcomes of a period as the indicators page shows them (public, with public
 * methods: the templates' SpEL calls only public methods): the check-ins sent in the period, in
 * total, by service and by territory, and how many people agreed to one in the period.
 *
 * @param agreed      check-ins agreed to in the period
 * @param total       every check-in sent in the period
 * @param byService   one row per service the people were pointed to, the most sent first
 * @param byTerritory one row per département, the most sent first
 */
public record FollowUpView(int agreed, Row total, List<Row> byService, List<Row> byTerritory) {

    public FollowUpView {
        byService = List.copyOf(byService);
        byTerritory = List.copyOf(byTerritory);
    }

    /** Whether no check-in went out in the period. */
    public boolean none() {
        return total.sent() == 0;
    }

    /**
     * The figures of a group of check-ins, with the shares already written ("75 %", or "—" when
     * there is nothing to divide by).
     *
     * @param label        what the group is (a service name, a département)
     * @param sent         sent
     * @param reached      answered at least the first question
     * @param went         went to the service or saw the coordinator
     * @param helped       went, and it helped
     * @param rescored     answered their main need question again
     * @param visitsAsked  asked for a visit at the end
     * @param stopped      said "Non merci"
     * @param reachedShare reached of sent
     * @param wentShare    went of reached
     * @param helpedShare  helped of went
     * @param changes      the mean change per axis, for the axes scored again
     */
    public record Row(String label, int sent, int reached, int went, int helped, int rescored, int visitsAsked,
            int stopped, String reachedShare, String wentShare, String helpedShare, List<Change> changes) {

        public Row {
            changes = List.copyOf(changes);
        }
    }

    /**
     * The mean change of one need's score.
     *
     * @param axis   the need's name
     * @param points the mean change, signed, one decimal ("-12,5")
     */
    public record Change(String axis, String points) {
    }
}
