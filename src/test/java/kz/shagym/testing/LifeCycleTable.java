package kz.shagym.testing;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import kz.shagym.registry.model.CaseStep;
import kz.shagym.registry.model.ComplaintState;

/**
 * The table of docs/domain.md ("The life of a complaint") written out by hand, for the tests
 * to hold the code to: from which states each step may be taken, and where it leads.
 */
public final class LifeCycleTable {

    public static final Map<CaseStep, Set<ComplaintState>> ALLOWED_FROM = Map.of(
            CaseStep.ASSIGN, EnumSet.of(ComplaintState.REGISTERED, ComplaintState.ASSIGNED),
            CaseStep.DRAFT, EnumSet.of(ComplaintState.ASSIGNED),
            CaseStep.APPROVE, EnumSet.of(ComplaintState.ANSWER_DRAFTED),
            CaseStep.RETURN, EnumSet.of(ComplaintState.ANSWER_DRAFTED),
            CaseStep.DISPATCH, EnumSet.of(ComplaintState.ANSWER_APPROVED),
            CaseStep.WITHDRAW, EnumSet.of(ComplaintState.REGISTERED, ComplaintState.ASSIGNED,
                    ComplaintState.ANSWER_DRAFTED, ComplaintState.ANSWER_APPROVED));

    public static final Map<CaseStep, ComplaintState> LEADS_TO = Map.of(CaseStep.ASSIGN, ComplaintState.ASSIGNED,
            CaseStep.DRAFT, ComplaintState.ANSWER_DRAFTED, CaseStep.APPROVE, ComplaintState.ANSWER_APPROVED,
            CaseStep.RETURN, ComplaintState.ASSIGNED, CaseStep.DISPATCH, ComplaintState.ANSWER_SENT,
            CaseStep.WITHDRAW, ComplaintState.WITHDRAWN);

    private LifeCycleTable() {
    }
}
