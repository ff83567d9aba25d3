package kz.shagym.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The interface speaks Kazakh, Russian and English: every key in all three bundles. */
class MessageBundlesTest {

    static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/messages_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void theThreeBundlesHaveTheSameKeys() throws IOException {
        Set<Object> kk = new TreeSet<>(bundle("kk").keySet());
        assertEquals(kk, new TreeSet<>(bundle("ru").keySet()), "ru differs from kk");
        assertEquals(kk, new TreeSet<>(bundle("en").keySet()), "en differs from kk");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void noMessageIsEmpty(String language) throws IOException {
        bundle(language).forEach((k, v) -> assertFalse(v.toString().isBlank(), language + ": " + k));
    }

    @Test
    void kazakhIsWrittenWithKazakhLetters() throws IOException {
        String all = String.join(" ", bundle("kk").values().stream().map(Object::toString).toList());
        for (char letter : "әғқңөұүі".toCharArray()) {
            assertTrue(all.indexOf(letter) >= 0, "no " + letter + " in messages_kk");
        }
    }

    /** Every #{msg['key']} that a view names exists in the bundles. */
    @Test
    void everyKeyAViewUsesExists() throws IOException {
        Set<Object> keys = bundle("kk").keySet();
        Pattern use = Pattern.compile("msg\\['([a-zA-Z0-9_.]+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> views = Files.walk(Path.of("src/main/webapp"))) {
            for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = use.matcher(Files.readString(view));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(view.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }
}
