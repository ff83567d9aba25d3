package kz.shagym.statistics.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import kz.shagym.kernel.model.InvalidInput;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.statistics.model.FigureTable;
import kz.shagym.statistics.model.Grouping;
import kz.shagym.statistics.model.Period;

/**
 * The providers' figures as open data, for anyone and without signing in: a year's figures
 * per provider, the same as the authorized body sees, and nothing about any person: no
 * executor, no complainant, no case.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OpenData {

    /** The first year Shagym can hold: the procedure's figures start with it. */
    public static final int FIRST_YEAR = 2020;

    @EJB
    private FigureTables tables;

    @Inject
    private BusinessClock clock;

    public FigureTable providers(int year) {
        if (year < FIRST_YEAR || year > clock.today().getYear()) {
            // As text: a message would write the number 2020 as "2,020".
            throw new InvalidInput("year", "statistics.error.year", String.valueOf(FIRST_YEAR),
                    String.valueOf(clock.today().getYear()));
        }
        return tables.table(Period.year(year), Grouping.PROVIDER, null);
    }

    public int thisYear() {
        return clock.today().getYear();
    }
}
