package kz.shagym.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A newcomer's clone explains itself: every file that the code, configuration and docs point
 * to is in the repository, every section cited as {@code file.md, "Heading"} is a heading of
 * that file, and every ¶N is a paragraph of docs/procedure.md.
 */
class RepositoryReferencesTest {

    /** Where pointers are written. Build output and Git's own files are not the repository's text. */
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", ".git");

    /**
     * A file name with an extension that names a document or a configuration file; its last
     * segment has no other dot, so that property keys ({@code eclipselink.logging.level.sql})
     * are not taken for files.
     */
    private static final Pattern FILE = Pattern.compile(
            "(?<![\\w/.${}-])((?:[\\w.-]*/)*[\\w-]+\\.(?:md|xml|properties|sql|ldif|txt))(?![\\w-]|\\.[\\w])");

    /** {@code domain.md, "The life of a complaint"} and {@code domain.md "Language"}. */
    private static final Pattern SECTION = Pattern.compile("([\\w/.-]+\\.md),? \"([^\"]+)\"");

    private static final Pattern PARAGRAPH = Pattern.compile("¶(\\d+)");

    /** Files that come from outside the repository: an installation, a deployer, a running server. */
    private static final Set<String> OUTSIDE = Set.of(
            "server.env",            // written by whoever deploys (README, "Deploying")
            "openliberty.properties" // Liberty's own
    );

    static Path root = Path.of("").toAbsolutePath();
    static List<Path> files;
    static Set<String> paths;

    @BeforeAll
    static void readTheRepository() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.endsWith("RepositoryReferencesTest.java")) // its examples are patterns
                    .filter(p -> {
                        for (Path part : root.relativize(p)) {
                            if (SKIPPED_DIRECTORIES.contains(part.toString())) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .toList();
        }
        paths = files.stream().map(p -> root.relativize(p).toString()).collect(Collectors.toSet());
    }

    @Test
    void everyFileNamedIsInTheRepository() {
        Set<String> missing = new TreeSet<>();
        eachMatch(FILE, (file, m) -> {
            String name = m.group(1).replaceFirst("^\\./", "");
            if (!OUTSIDE.contains(name) && !exists(file, name)) {
                missing.add(root.relativize(file) + " → " + name);
            }
        });
        assertEquals(Set.of(), missing, "pointers to files the repository lacks");
    }

    @Test
    void everySectionCitedIsAHeadingOfItsFile() {
        List<String> missing = new ArrayList<>();
        eachMatch(SECTION, (file, m) -> {
            Path cited = resolve(file, m.group(1));
            String heading = m.group(2);
            if (cited == null || read(cited).lines().noneMatch(l -> l.matches("#+ " + Pattern.quote(heading)))) {
                missing.add(root.relativize(file) + " → " + m.group(1) + ", \"" + heading + "\"");
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void everyParagraphCitedIsOneOfTheProcedure() {
        String procedure = read(root.resolve("docs/procedure.md"));
        Set<String> numbered = new TreeSet<>();
        Matcher headings = Pattern.compile("(?m)^## ¶(\\d+) ").matcher(procedure);
        while (headings.find()) {
            numbered.add(headings.group(1));
        }
        assertFalse(numbered.isEmpty(), "docs/procedure.md numbers its paragraphs as '## ¶N …'");
        Set<String> unknown = new TreeSet<>();
        eachMatch(PARAGRAPH, (file, m) -> {
            if (!numbered.contains(m.group(1))) {
                unknown.add(root.relativize(file) + " → ¶" + m.group(1));
            }
        });
        assertEquals(Set.of(), unknown);
    }

    /** Every occurrence of {@code pattern} in every text file of the repository. */
    private static void eachMatch(Pattern pattern, BiConsumer<Path, Matcher> action) {
        for (Path file : files) {
            String text = read(file);
            if (text != null) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    action.accept(file, m);
                }
            }
        }
    }

    /** Relative to the citing file, to the repository's root, or as the end of a path in it (a bare name, a glob's tail). */
    private static boolean exists(Path citing, String name) {
        if (resolve(citing, name) != null) {
            return true;
        }
        String tail = name.startsWith("/") ? name : "/" + name;
        String bare = name.contains("/") ? null : name;
        return paths.stream().anyMatch(p -> ("/" + p).endsWith(tail) || (bare != null && p.endsWith(bare)));
    }

    private static Path resolve(Path citing, String name) {
        for (Path candidate : new Path[] {citing.getParent().resolve(name), root.resolve(name)}) {
            if (Files.isRegularFile(candidate.normalize())) {
                return candidate.normalize();
            }
        }
        return null;
    }

    /** The file's text, or null for a binary (fonts, images). */
    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (MalformedInputException binary) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
