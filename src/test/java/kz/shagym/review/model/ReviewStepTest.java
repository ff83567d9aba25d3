package kz.shagym.review.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import kz.shagym.kernel.model.Role;
import kz.shagym.registry.model.CaseStep;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.ComplaintState;
import kz.shagym.review.model.ReviewStep.Refusal;
import kz.shagym.testing.Letters;
import kz.shagym.testing.LifeCycleTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every step from every state by every role, against the table of docs/domain.md written out by
 * hand ({@link LifeCycleTable}) and the roles here: the allowed moves go where they should,
 * everything else is refused for the right reason.
 */
class ReviewStepTest {

    /** Which move of the complaint's life cycle each review step is. */
    private static final Map<ReviewStep, CaseStep> IS = Map.of(ReviewStep.ASSIGN, CaseStep.ASSIGN,
            ReviewStep.DRAFT, CaseStep.DRAFT, ReviewStep.APPROVE, CaseStep.APPROVE, ReviewStep.RETURN, CaseStep.RETURN,
            ReviewStep.DISPATCH, CaseStep.DISPATCH, ReviewStep.WITHDRAW, CaseStep.WITHDRAW);

    private static final Map<ReviewStep, Role> TAKEN_BY = Map.of(ReviewStep.ASSIGN, Role.HEAD,
            ReviewStep.DRAFT, Role.EXECUTOR, ReviewStep.APPROVE, Role.HEAD, ReviewStep.RETURN, Role.HEAD,
            ReviewStep.DISPATCH, Role.REGISTRAR, ReviewStep.WITHDRAW, Role.REGISTRAR);

    static Stream<Arguments> everyStepStateAndRole() {
        return Stream.of(ReviewStep.values()).flatMap(step -> Stream.of(ComplaintState.values())
                .flatMap(state -> Stream.of(Role.values()).map(role -> Arguments.of(step, state, role))));
    }

    @ParameterizedTest(name = "{0} from {1} by {2}")
    @MethodSource("everyStepStateAndRole")
    void onlyTheTableMoves(ReviewStep step, ComplaintState state, Role role) {
        Optional<Refusal> expected = role != TAKEN_BY.get(step) ? Optional.of(Refusal.WRONG_ROLE)
                : LifeCycleTable.ALLOWED_FROM.get(IS.get(step)).contains(state) ? Optional.empty() : Optional.of(Refusal.WRONG_STATE);
        assertEquals(expected, step.refusal(state, EnumSet.of(role)));
    }

    @ParameterizedTest
    @MethodSource("steps")
    void eachStepLeadsWhereTheDomainSays(ReviewStep step) {
        assertEquals(IS.get(step), step.step());
        assertEquals(LifeCycleTable.LEADS_TO.get(IS.get(step)), step.to());
        assertEquals(TAKEN_BY.get(step), step.role());
    }

    static Stream<ReviewStep> steps() {
        return Stream.of(ReviewStep.values());
    }

    @org.junit.jupiter.api.Test
    void onlyTheAssignedExecutorDrafts() {
        Complaint c = registeredAndAssignedTo("executor");
        Set<Role> executor = EnumSet.of(Role.EXECUTOR);
        assertEquals(Optional.empty(), ReviewStep.DRAFT.refusal(c, executor, "executor"));
        assertEquals(Optional.of(Refusal.NOT_ASSIGNED), ReviewStep.DRAFT.refusal(c, executor, "executor2"));
        // The role and the state are judged first; the assignment binds only the drafting.
        assertEquals(Optional.of(Refusal.WRONG_ROLE), ReviewStep.DRAFT.refusal(c, EnumSet.of(Role.HEAD), "head"));
        assertEquals(Optional.empty(), ReviewStep.ASSIGN.refusal(c, EnumSet.of(Role.HEAD), "head"));
    }

    private static Complaint registeredAndAssignedTo(String executor) {
        Complaint c = Letters.registered();
        c.assign(executor);
        return c;
    }

    @ParameterizedTest
    @MethodSource("steps")
    void nothingMovesAClosedCase(ReviewStep step) {
        Set<Role> everyone = EnumSet.allOf(Role.class);
        assertEquals(Optional.of(Refusal.WRONG_STATE), step.refusal(ComplaintState.ANSWER_SENT, everyone));
        assertEquals(Optional.of(Refusal.WRONG_STATE), step.refusal(ComplaintState.WITHDRAWN, everyone));
    }
}
