package kz.shagym.review.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewRulesTest {

    /** A reasoning is written over lines and may be tabulated; what no one types is refused at its field. */
    @ParameterizedTest
    @ValueSource(strings = {"Шағым\u202Eқанағаттандырылды", "Негіз\u200B", "Негіз\u0000", "\uFEFFНегіз"})
    void aTextWithCharactersNoOneTypesIsRefused(String typed) {
        ReviewRefused refused = assertThrows(ReviewRefused.class,
                () -> ReviewRules.requireText("reasoning", typed, ReviewRules.REASONING_LIMIT));
        assertEquals("reasoning", refused.getField());
        assertEquals("intake.error.hiddenCharacters", refused.getMessageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Бірінші.\nЕкінші.", "1.\tТалап\r\n2.\tНегіз"})
    void linesAndTabsAreKept(String typed) {
        assertEquals(typed, ReviewRules.requireText("reasoning", typed, ReviewRules.REASONING_LIMIT));
    }
}
