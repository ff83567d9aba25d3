package kz.shagym.statistics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AnswerDaysTest {

    @Test
    void percentilesInterpolateAsPostgresPercentileContDoes() {
        AnswerDays days = new AnswerDays();
        for (int d : new int[] {5, 1, 3}) {
            days.add(d);
        }
        assertEquals(3.0, days.median());
        // percentile_cont(0.9) of 1, 3, 5: position 1.8 between 3 and 5.
        assertEquals(4.6, days.percentile90(), 1e-9);
        assertNull(new AnswerDays().median());
    }

    @Test
    void monthsAddUpToTheSameMedianAsTheirCasesTogether() {
        AnswerDays january = AnswerDays.decode("1:2 4:1");
        AnswerDays february = AnswerDays.decode("2:1 9:1");
        january.add(february);
        assertEquals("1:2 2:1 4:1 9:1", january.encode());
        assertEquals(2.0, january.median());
    }
}
