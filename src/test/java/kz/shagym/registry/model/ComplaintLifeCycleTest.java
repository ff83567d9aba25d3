package kz.shagym.registry.model;

import static kz.shagym.testing.LifeCycleTable.ALLOWED_FROM;
import static kz.shagym.testing.LifeCycleTable.LEADS_TO;
import static kz.shagym.testing.LifeCycleTable.TAKEN_IN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import kz.shagym.intake.model.IntakeRules;
import kz.shagym.testing.Letters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The complaint guards its own life cycle: every step from every state of every stage, against
 * the table of docs/domain.md written out by hand ({@link kz.shagym.testing.LifeCycleTable}).
 * An allowed step lands where the table says; any other is refused and changes nothing,
 * whoever calls.
 */
class ComplaintLifeCycleTest {

    private static final LocalDate LEFT_ON = LocalDate.of(2026, 11, 30);

    /** How a registered complaint of a reviewed stage reaches each state through allowed steps only. */
    private static final Map<ComplaintState, List<CaseStep>> REVIEWED = Map.of(
            ComplaintState.REGISTERED, List.of(),
            ComplaintState.ASSIGNED, List.of(CaseStep.ASSIGN),
            ComplaintState.ANSWER_DRAFTED, List.of(CaseStep.ASSIGN, CaseStep.DRAFT),
            ComplaintState.ANSWER_APPROVED, List.of(CaseStep.ASSIGN, CaseStep.DRAFT, CaseStep.APPROVE),
            ComplaintState.ANSWER_SENT, List.of(CaseStep.ASSIGN, CaseStep.DRAFT, CaseStep.APPROVE, CaseStep.DISPATCH),
            ComplaintState.WITHDRAWN, List.of(CaseStep.WITHDRAW));

    /** The same for an appeal held at a provider's office to forward. */
    private static final Map<ComplaintState, List<CaseStep>> HELD = Map.of(
            ComplaintState.REGISTERED, List.of(),
            ComplaintState.FORWARDED, List.of(CaseStep.FORWARD),
            ComplaintState.WITHDRAWN, List.of(CaseStep.WITHDRAW));

    static Stream<Arguments> everyStepFromEveryReachableState() {
        return Stream.of(Stage.values()).flatMap(stage -> paths(stage).keySet().stream()
                .flatMap(state -> Stream.of(CaseStep.values()).map(step -> Arguments.of(stage, step, state))));
    }

    @ParameterizedTest(name = "{0}: {1} from {2}")
    @MethodSource("everyStepFromEveryReachableState")
    void onlyTheTableMoves(Stage stage, CaseStep step, ComplaintState state) {
        Complaint c = in(stage, state);
        String executorBefore = c.getExecutorLogin();
        LocalDate leftBefore = c.getAnswerLeftOn();
        if (TAKEN_IN.get(stage).contains(step) && ALLOWED_FROM.get(step).contains(state)) {
            take(c, step, "executor2");
            assertEquals(LEADS_TO.get(step), c.getState());
        } else {
            StepRefused refused = assertThrows(StepRefused.class, () -> take(c, step, "executor2"));
            assertEquals("case.error.step", refused.getMessageKey());
            assertEquals(state, c.getState());
            assertEquals(executorBefore, c.getExecutorLogin());
            assertEquals(leftBefore, c.getAnswerLeftOn());
        }
    }

    @Test
    void assigningAgainGivesTheCaseToTheOtherExecutor() {
        Complaint c = in(Stage.PROVIDER, ComplaintState.ASSIGNED);
        c.assign("executor2");
        assertEquals("executor2", c.getExecutorLogin());
    }

    @Test
    void theAnswerLeavingStopsTheTermAndSaysWhetherOnTime() {
        Complaint c = in(Stage.PROVIDER, ComplaintState.ANSWER_SENT);
        assertEquals(LEFT_ON, c.getAnswerLeftOn());
        assertEquals(Boolean.TRUE, c.onTime(), "30 November is before the deadline of 1 December");
    }

    @Test
    void anUnregisteredComplaintTakesNoStep() {
        Complaint c = IntakeRules.toComplaint(Letters.individual(), Letters.SERVICE);
        for (CaseStep step : CaseStep.values()) {
            assertThrows(StepRefused.class, () -> take(c, step, "executor"));
        }
        assertNull(c.getState());
    }

    @Test
    void stepsThatCarryDataAreTakenOnlyWithIt() {
        Complaint c = Letters.registered();
        assertThrows(IllegalArgumentException.class, () -> c.take(CaseStep.ASSIGN));
        assertThrows(IllegalArgumentException.class, () -> c.take(CaseStep.DISPATCH));
        assertEquals(ComplaintState.REGISTERED, c.getState());
    }

    private static Map<ComplaintState, List<CaseStep>> paths(Stage stage) {
        return stage == Stage.FORWARDING ? HELD : REVIEWED;
    }

    private static Complaint in(Stage stage, ComplaintState state) {
        Complaint c = Letters.registered(stage);
        paths(stage).get(state).forEach(step -> take(c, step, "executor"));
        assertEquals(state, c.getState());
        return c;
    }

    private static void take(Complaint c, CaseStep step, String executor) {
        Consumer<Complaint> action = switch (step) {
            case ASSIGN -> x -> x.assign(executor);
            case DISPATCH -> x -> x.answerLeft(LEFT_ON);
            default -> x -> x.take(step);
        };
        action.accept(c);
    }
}
