package kz.shagym.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kz.shagym.benchmarks.RegistrationLoad.NumberCheck;
import org.junit.jupiter.api.Test;

/** The load generator's own verdict must catch what it is there to catch. */
class RegistrationLoadTest {

    @Test
    void anUnbrokenRunPerPrefixIsClean() {
        assertEquals(new NumberCheck(0, 0), NumberCheck.of(List.of(
                "ЖТ-2026-000007", "ЖТ-2026-000005", "ЗТ-2026-000001", "ЖТ-2026-000006", "ЗТ-2026-000002")));
    }

    @Test
    void duplicatesAndHolesAreCountedPerPrefix() {
        assertEquals(new NumberCheck(1, 2), NumberCheck.of(List.of(
                "ЖТ-2026-000001", "ЖТ-2026-000001", "ЖТ-2026-000004", "ЗТ-2026-000009")));
    }
}
