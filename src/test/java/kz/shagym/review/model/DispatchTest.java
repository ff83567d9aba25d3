package kz.shagym.review.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import kz.shagym.registry.model.AnswerDelivery;
import org.junit.jupiter.api.Test;

/** What a recorded dispatch must hold, each fault named at its field. */
class DispatchTest {

    static final LocalDate REGISTERED = LocalDate.of(2026, 11, 24);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void byPostWithAValidTrackingNumber() {
        Dispatch d = new Dispatch(AnswerDelivery.POST, TODAY, "rr123456785kz", null);
        d.check(REGISTERED, TODAY);
        assertEquals("RR123456785KZ", d.normalisedTrackingNumber());
    }

    @Test
    void handedOverToANamedReceiver() {
        new Dispatch(AnswerDelivery.IN_PERSON, REGISTERED, null, "Сейітова Ә.").check(REGISTERED, TODAY);
    }

    @Test
    void refusals() {
        assertField("method", new Dispatch(null, TODAY, "RR123456785KZ", null));
        assertField("date", new Dispatch(AnswerDelivery.POST, null, "RR123456785KZ", null));
        assertField("date", new Dispatch(AnswerDelivery.POST, REGISTERED.minusDays(1), "RR123456785KZ", null));
        assertField("date", new Dispatch(AnswerDelivery.POST, TODAY.plusDays(1), "RR123456785KZ", null));
        assertField("trackingNumber", new Dispatch(AnswerDelivery.POST, TODAY, "RR123456784KZ", null));
        assertField("trackingNumber", new Dispatch(AnswerDelivery.POST, TODAY, null, null));
        assertField("receiverName", new Dispatch(AnswerDelivery.IN_PERSON, TODAY, null, "  "));
        assertField("receiverName", new Dispatch(AnswerDelivery.IN_PERSON, TODAY, null, "x".repeat(201)));
    }

    private static void assertField(String field, Dispatch dispatch) {
        ReviewRefused refused = assertThrows(ReviewRefused.class, () -> dispatch.check(REGISTERED, TODAY));
        assertEquals(ReviewRefused.Kind.INVALID, refused.getKind());
        assertEquals(field, refused.getField());
    }
}
