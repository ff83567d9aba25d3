package kz.shagym.kernel.model;

import java.io.Serializable;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A year the calendar covers, and whether its data is confirmed against the decrees. Days
 * of an unconfirmed year still count; screens and the API say that they may change.
 */
@Entity
@Table(name = "calendar_year")
public class CalendarYear implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "calendar_year")
    private int year;

    @Column(nullable = false)
    private boolean confirmed;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kk", column = @Column(name = "note_kk")),
            @AttributeOverride(name = "ru", column = @Column(name = "note_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "note_en"))})
    private LocalizedText note;

    @Version
    private int version;

    protected CalendarYear() {
    }

    public CalendarYear(int year, boolean confirmed) {
        this.year = year;
        this.confirmed = confirmed;
    }

    public int getYear() {
        return year;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    public LocalizedText getNote() {
        return note;
    }
}
