package kz.shagym.publicinfo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The frame-ancestors setting goes into a header only as a plain source list. */
class PublicPageHeadersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "'self' | 'self'",
            "'self' https://www.gov.kz https://*.egov.kz | 'self' https://www.gov.kz https://*.egov.kz",
            "'none' | 'none'",
            "'self'; script-src * | 'self'",
            "\"\" | 'self'"})
    void onlyASourceListIsTaken(String setting, String header) {
        assertEquals(header, PublicPageHeaders.allowedOrSelf(setting));
    }

    @Test
    void nothingThatEndsTheHeaderGetsIn() {
        assertEquals("'self'", PublicPageHeaders.allowedOrSelf("'self'\r\nSet-Cookie: x=1"));
        assertEquals("'self'", PublicPageHeaders.allowedOrSelf(null));
    }
}
