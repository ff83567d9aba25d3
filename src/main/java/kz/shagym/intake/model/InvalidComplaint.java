package kz.shagym.intake.model;

import java.util.List;

/**
 * The form broke the intake rules; nothing was registered. An application exception
 * (WEB-INF/ejb-jar.xml), so the caller gets the problems, not a container failure.
 */
public class InvalidComplaint extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public InvalidComplaint(List<FieldProblem> problems) {
        super(problems.size() + " fields refused: "
                + problems.stream().map(FieldProblem::field).distinct().toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> getProblems() {
        return problems;
    }
}
