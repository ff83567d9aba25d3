package kz.shagym.statistics.model;

import java.time.YearMonth;

/** What one stored row of figures is about: a provider's service, handled by one executor ('' for none), in one month. */
public record FigureKey(long providerId, YearMonth month, String serviceCode, String executorLogin) {

    public FigureKey {
        executorLogin = executorLogin == null ? "" : executorLogin;
    }
}
