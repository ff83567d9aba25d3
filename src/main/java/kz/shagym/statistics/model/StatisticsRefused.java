package kz.shagym.statistics.model;

import kz.shagym.kernel.model.Refused;

/**
 * Figures the caller may not see: another provider's, for a provider's head. An application
 * exception (WEB-INF/ejb-jar.xml).
 */
public class StatisticsRefused extends Refused {

    private static final long serialVersionUID = 1L;

    public StatisticsRefused(String field, String messageKey) {
        super("FORBIDDEN: ", field, messageKey);
    }

    @Override
    public Answer answer() {
        return Answer.FORBIDDEN;
    }
}
