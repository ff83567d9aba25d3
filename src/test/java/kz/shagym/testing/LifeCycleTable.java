package kz.shagym.testing;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import kz.shagym.registry.model.CaseStep;
import kz.shagym.registry.model.ComplaintState;
import kz.shagym.registry.model.Stage;

/**
 * The table of docs/domain.md ("The life of a complaint") written out by hand, for the tests
 * to hold the code to: from which states each step may be taken, where it leads, and in which
 * stages.
 */
public final class LifeCycleTable {

    public static final Map<CaseStep, Set<ComplaintState>> ALLOWED_FROM = Map.of(
            CaseStep.ASSIGN, EnumSet.of(ComplaintState.REGISTERED, ComplaintState.ASSIGNED),
            CaseStep.DRAFT, EnumSet.of(ComplaintState.ASSIGNED),
            CaseStep.APPROVE, EnumSet.of(ComplaintState.ANSWER_DRAFTED),
            CaseStep.RETURN, EnumSet.of(ComplaintState.ANSWER_DRAFTED),
            CaseStep.DISPATCH, EnumSet.of(ComplaintState.ANSWER_APPROVED),
            CaseStep.WITHDRAW, EnumSet.of(ComplaintState.REGISTERED, ComplaintState.ASSIGNED,
                    ComplaintState.ANSWER_DRAFTED, ComplaintState.ANSWER_APPROVED),
            CaseStep.FORWARD, EnumSet.of(ComplaintState.REGISTERED));

    public static final Map<CaseStep, ComplaintState> LEADS_TO = Map.of(CaseStep.ASSIGN, ComplaintState.ASSIGNED,
            CaseStep.DRAFT, ComplaintState.ANSWER_DRAFTED, CaseStep.APPROVE, ComplaintState.ANSWER_APPROVED,
            CaseStep.RETURN, ComplaintState.ASSIGNED, CaseStep.DISPATCH, ComplaintState.ANSWER_SENT,
            CaseStep.WITHDRAW, ComplaintState.WITHDRAWN, CaseStep.FORWARD, ComplaintState.FORWARDED);

    /** The steps a complaint of each stage ever takes: an appeal held to forward is only forwarded or withdrawn. */
    public static final Map<Stage, Set<CaseStep>> TAKEN_IN = Map.of(
            Stage.PROVIDER, EnumSet.complementOf(EnumSet.of(CaseStep.FORWARD)),
            Stage.APPEAL, EnumSet.complementOf(EnumSet.of(CaseStep.FORWARD)),
            Stage.FORWARDING, EnumSet.of(CaseStep.FORWARD, CaseStep.WITHDRAW));

    private LifeCycleTable() {
    }
}
