package kz.shagym.statistics.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.shagym.kernel.model.Refused;
import kz.shagym.kernel.web.RetriedOnConflict;
import kz.shagym.kernel.web.ScreenMessages;
import kz.shagym.statistics.model.CaseLine;
import kz.shagym.statistics.model.Figure;
import kz.shagym.statistics.service.Statistics;

/** The cases behind one figure of one provider: what a count on the dashboard opens. */
@Named
@ViewScoped
@RetriedOnConflict
public class StatisticsCasesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Statistics statistics;

    @Inject
    private ScreenMessages messages;

    private final FiguresAsked asked = new FiguresAsked();
    private String figure;
    private String service;
    private List<CaseLine> cases;

    public void load() {
        try {
            cases = statistics.cases(asked.period(), asked.getProvider(), Figure.parse(figure),
                    service == null || service.isBlank() ? null : service);
        } catch (Refused refused) {
            messages.refused(StatisticsView.FORM, refused);
        }
    }

    public List<CaseLine> getCases() {
        return cases;
    }

    /** Whether the list stops at the most one screen shows. */
    public boolean isCut() {
        return cases != null && cases.size() >= Statistics.MAX_CASES;
    }

    /** The figure's name in the user's language. */
    public String getFigureName() {
        try {
            return messages.bundle().get("statistics.figure." + FigureKeys.of(Figure.parse(figure)));
        } catch (Refused refused) {
            return "";
        }
    }

    public FiguresAsked getAsked() {
        return asked;
    }

    public String getFigure() {
        return figure;
    }

    public void setFigure(String figure) {
        this.figure = figure;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }
}
