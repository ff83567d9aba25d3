package kz.shagym.kernel.model;

import java.io.Serializable;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A day of one year set by decree rather than by a rule: the first day of Kurban Ait
 * (HOLIDAY, never moved), a weekday off (TRANSFER) and the weekend day worked in exchange
 * (WORKING_WEEKEND), each naming the other as its pair.
 */
@Entity
@Table(name = "calendar_entry")
public class CalendarEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "calendar_date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DayKind kind;

    @Column(name = "paired_day")
    private LocalDate pairedDay;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kk", column = @Column(name = "reason_kk", nullable = false)),
            @AttributeOverride(name = "ru", column = @Column(name = "reason_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "reason_en"))})
    private LocalizedText reason;

    @Version
    private int version;

    protected CalendarEntry() {
    }

    public CalendarEntry(LocalDate date, DayKind kind, LocalDate pairedDay, LocalizedText reason) {
        if (kind != DayKind.HOLIDAY && kind != DayKind.TRANSFER && kind != DayKind.WORKING_WEEKEND) {
            throw new IllegalArgumentException("A calendar entry is a holiday, a transfer or a working weekend: " + kind);
        }
        this.date = date;
        this.kind = kind;
        this.pairedDay = pairedDay;
        this.reason = reason;
    }

    public LocalDate getDate() {
        return date;
    }

    public DayKind getKind() {
        return kind;
    }

    public LocalDate getPairedDay() {
        return pairedDay;
    }

    public LocalizedText getReason() {
        return reason;
    }
}
