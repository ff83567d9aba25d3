package kz.shagym.statistics.model;

import kz.shagym.kernel.model.InvalidInput;

/** What the rows of a figures table are: one per provider, per state service, per month, or per executor. */
public enum Grouping {
    PROVIDER, SERVICE, MONTH, EXECUTOR;

    /** The group a stored row falls in. */
    public String of(FigureKey key) {
        return switch (this) {
            case PROVIDER -> Long.toString(key.providerId());
            case SERVICE -> key.serviceCode();
            case MONTH -> key.month().toString();
            case EXECUTOR -> key.executorLogin();
        };
    }

    /** As a request names it: {@code provider}, {@code service}, {@code month}, {@code executor}. */
    public static Grouping parse(String text) {
        for (Grouping g : values()) {
            if (g.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return g;
            }
        }
        throw new InvalidInput("groupBy", "statistics.error.groupBy");
    }
}
