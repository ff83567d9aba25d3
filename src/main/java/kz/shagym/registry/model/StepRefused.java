package kz.shagym.registry.model;

import kz.shagym.kernel.model.Refused;

/**
 * A complaint refused a step its state does not allow. Whoever calls, nothing moves: an
 * application exception (WEB-INF/ejb-jar.xml), so the transaction rolls back.
 */
public class StepRefused extends Refused {

    private static final long serialVersionUID = 1L;

    private final CaseStep step;
    private final ComplaintState state;

    public StepRefused(CaseStep step, ComplaintState state) {
        super(step + " from " + state + ": ", null, "case.error.step");
        this.step = step;
        this.state = state;
    }

    public CaseStep getStep() {
        return step;
    }

    public ComplaintState getState() {
        return state;
    }

    @Override
    public Answer answer() {
        return Answer.CONFLICT;
    }
}
