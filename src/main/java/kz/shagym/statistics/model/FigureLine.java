package kz.shagym.statistics.model;

import java.io.Serializable;
import kz.shagym.kernel.model.LocalizedText;

/**
 * One row of a figures table: what it groups ({@code key}: a provider's code, a service's
 * code, a month as 2026-03, an executor's login) and its name where it has one.
 */
public record FigureLine(String key, LocalizedText name, Figures figures) implements Serializable {
}
