package kz.shagym.testing;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core run inside the browser's page against WCAG 2.0 and 2.1, levels A and AA: what it
 * finds, one line a rule, naming where, so that a test's failure message is the list to fix.
 */
public final class Axe {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Axe() {
    }

    /** The violations on the page the driver shows now, each line starting with {@code where}; empty when none. */
    public static String violations(WebDriver driver, String where) {
        StringBuilder found = new StringBuilder();
        for (Rule rule : new AxeBuilder().withTags(WCAG_21_AA).analyze(driver).getViolations()) {
            found.append(where).append(": ").append(rule.getId()).append(" (").append(rule.getHelp()).append(") at ")
                    .append(rule.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                            .collect(Collectors.joining(", ")))
                    .append('\n');
        }
        return found.toString();
    }
}
