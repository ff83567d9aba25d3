package kz.shagym.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import kz.shagym.kernel.model.ShippedCalendar;
import kz.shagym.kernel.model.WorkingCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The deadline arithmetic on the shipped calendar: the provider's 5 and the authorized body's
 * 15 working days from a spread of registration days, and a year's days off.
 * Run: mvn -Pbench test-compile exec:exec -Dbench=DeadlineArithmetic
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DeadlineArithmeticBenchmark {

    private WorkingCalendar calendar;
    private LocalDate[] days;
    private int next;

    @Setup
    public void setUp() {
        calendar = ShippedCalendar.get();
        days = new LocalDate[1024];
        for (int i = 0; i < days.length; i++) {
            days[i] = LocalDate.of(2020, 1, 1).plusDays((i * 7L) % 2800);
        }
    }

    private LocalDate nextDay() {
        next = (next + 1) & (days.length - 1);
        return days[next];
    }

    @Benchmark
    public LocalDate providerDeadline() {
        return calendar.deadline(nextDay(), 5);
    }

    @Benchmark
    public LocalDate authorizedBodyDeadline() {
        return calendar.deadline(nextDay(), 15);
    }

    @Benchmark
    public int workingDaysLeft() {
        LocalDate from = nextDay();
        return calendar.workingDaysLeft(from, from.plusDays(21));
    }

    @Benchmark
    public Object yearOfDaysOff() {
        return calendar.exceptionsOf(2025);
    }
}
