package kz.shagym.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {

    public static class Letter {
        public Integer pages;
        public String surname;
    }

    private final Jsonb jsonb = new StrictJson().getContext(Letter.class);

    @Test
    void valuesOfTheirTypesAreRead() {
        Letter l = jsonb.fromJson("{\"pages\":2,\"surname\":\"Сейітова\"}", Letter.class);
        assertEquals(2, l.pages);
        assertEquals("Сейітова", l.surname);
        Letter empty = jsonb.fromJson("{\"pages\":null,\"surname\":null}", Letter.class);
        assertNull(empty.pages);
        assertNull(empty.surname);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"pages\":2.5}", "{\"pages\":\"2\"}", "{\"pages\":1e10}", "{\"pages\":[2]}",
"{\"surname\":42}", "{\"surname\":[\"Сейітова\"]}"})
    void valuesOfOtherTypesAreRefused(String body) {
        assertThrows(JsonbException.class, () -> jsonb.fromJson(body, Letter.class));
    }
}
