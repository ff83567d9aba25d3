package kz.shagym.statistics.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The figures of a period grouped one way, their total, and when the figures last caught up with the cases. */
public record FigureTable(Period period, Grouping grouping, String provider, List<FigureLine> lines, Figures total,
                          Instant refreshedAt) implements Serializable {
}
