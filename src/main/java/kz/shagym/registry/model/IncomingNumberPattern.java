package kz.shagym.registry.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a provider writes its incoming numbers, set by the administrator per provider:
 * placeholders {prefix} (ЖТ for individuals, ЗТ for legal entities), {year} and {seq:N}
 * (the sequence number, zero-padded to N digits). Default {prefix}-{year}-{seq:6}, giving
 * ЖТ-2026-000001.
 */
public final class IncomingNumberPattern {

    public static final String DEFAULT = "{prefix}-{year}-{seq:6}";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)(?::(\\d))?}");

    private final String pattern;

    private IncomingNumberPattern(String pattern) {
        this.pattern = pattern;
    }

    /**
     * Refuses a pattern that names an unknown placeholder or lacks one of {prefix}, {year} and
     * {seq}: without the prefix ЖТ-1 and ЗТ-1 would read alike, without the year each January
     * would repeat last year's numbers.
     */
    public static IncomingNumberPattern of(String pattern) {
        if (pattern == null || pattern.isBlank() || pattern.length() > 60) {
            throw new IllegalArgumentException("empty or too long");
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            switch (m.group(1)) {
                case "prefix", "year" -> {
                    if (m.group(2) != null) {
                        throw new IllegalArgumentException("{" + m.group(1) + "} takes no width");
                    }
                }
                case "seq" -> { }
                default -> throw new IllegalArgumentException("unknown placeholder {" + m.group(1) + "}");
            }
            found.add(m.group(1));
        }
        for (String required : new String[] {"prefix", "year", "seq"}) {
            if (found.stream().filter(required::equals).count() != 1) {
                throw new IllegalArgumentException("the pattern needs {" + required + "} exactly once");
            }
        }
        if (PLACEHOLDER.matcher(pattern).replaceAll("").matches(".*[{}].*")) {
            throw new IllegalArgumentException("unbalanced braces");
        }
        return new IncomingNumberPattern(pattern);
    }

    public String format(String prefix, int year, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequences start at 1: " + sequence);
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "prefix" -> prefix;
                case "year" -> String.valueOf(year);
                default -> m.group(2) == null ? String.valueOf(sequence)
                        : String.format("%0" + m.group(2) + "d", sequence);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
