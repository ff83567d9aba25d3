package kz.shagym.statistics.web;

import java.io.Serializable;
import kz.shagym.statistics.model.Period;

/** What a figures screen's address asks: the period's months and, optionally, one provider's code. */
public class FiguresAsked implements Serializable {

    private static final long serialVersionUID = 1L;

    private String from;
    private String to;
    private String provider;

    /** The period asked; refused with the reason when it is not one. */
    public Period period() {
        return Period.parse(from, to);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }
}
