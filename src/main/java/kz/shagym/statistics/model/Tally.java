package kz.shagym.statistics.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;
import kz.shagym.kernel.model.WorkingCalendar;
import kz.shagym.review.model.Outcome;

/**
 * Counts cases into the months of their own dates: a case registered in March and answered
 * in April counts as registered in March and answered in April. The questions asked are
 * the facts' own, so a figure and its drill-down always agree.
 */
public final class Tally {

    private final Map<FigureKey, Figures> rows = new HashMap<>();
    private final WorkingCalendar calendar;

    public Tally(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    public Tally cases(Collection<CaseFacts> cases) {
        for (CaseFacts c : cases) {
            count(c, c.registeredOn(), f -> f.registered++);
            if (c.answerLeftOn() != null && c.answeredIn(month(c.answerLeftOn()))) {
                Period m = month(c.answerLeftOn());
                count(c, c.answerLeftOn(), f -> {
                    f.answered++;
                    f.answeredOnTime += c.answeredOnTimeIn(m) ? 1 : 0;
                    f.satisfied += c.answeredWith(Outcome.SATISFIED, m) ? 1 : 0;
                    f.partlySatisfied += c.answeredWith(Outcome.PARTLY_SATISFIED, m) ? 1 : 0;
                    f.rejected += c.answeredWith(Outcome.REJECTED, m) ? 1 : 0;
                    OptionalInt days = c.workingDaysToAnswer(calendar);
                    days.ifPresent(f.answerDays::add);
                });
            }
            if (c.withdrawnOn() != null && c.withdrawnIn(month(c.withdrawnOn()))) {
                count(c, c.withdrawnOn(), f -> f.withdrawn++);
            }
        }
        return this;
    }

    /** The open cases past their deadline today, under the month each was registered in. */
    public Tally overdue(Collection<CaseFacts> open, LocalDate today) {
        for (CaseFacts c : open) {
            if (c.overdueNow(month(c.registeredOn()), today, calendar)) {
                count(c, c.registeredOn(), f -> f.overdueNow++);
            }
        }
        return this;
    }

    public Tally appeals(Collection<AppealFacts> appeals) {
        for (AppealFacts a : appeals) {
            FigureKey registered = key(a.providerId(), a.registeredOn(), a.serviceCode(), a.executorLogin());
            if (a.appealedIn(month(a.registeredOn()))) {
                row(registered).appeals++;
            }
            if (a.decidedOn() != null && a.decidedIn(month(a.decidedOn()))) {
                Figures f = row(key(a.providerId(), a.decidedOn(), a.serviceCode(), a.executorLogin()));
                f.appealsDecided++;
                f.appealsUpheld += a.upheldIn(month(a.decidedOn())) ? 1 : 0;
            }
        }
        return this;
    }

    public Tally instructions(Collection<InstructionFacts> instructions) {
        for (InstructionFacts i : instructions) {
            Period m = month(i.issuedOn());
            Figures f = row(key(i.providerId(), i.issuedOn(), i.serviceCode(), i.executorLogin()));
            f.instructions += i.issuedIn(m) ? 1 : 0;
            f.instructionsOnTime += i.compliedOnTimeIn(m) ? 1 : 0;
        }
        return this;
    }

    /** The rows counted, by provider, month, service and executor. */
    public Map<FigureKey, Figures> rows() {
        return rows;
    }

    private void count(CaseFacts c, LocalDate day, Consumer<Figures> change) {
        change.accept(row(key(c.organisationId(), day, c.serviceCode(), c.executorLogin())));
    }

    private Figures row(FigureKey key) {
        return rows.computeIfAbsent(key, k -> new Figures());
    }

    private static FigureKey key(long provider, LocalDate day, String service, String executor) {
        return new FigureKey(provider, YearMonth.from(day), service, executor);
    }

    private static Period month(LocalDate day) {
        return Period.month(YearMonth.from(day));
    }
}
