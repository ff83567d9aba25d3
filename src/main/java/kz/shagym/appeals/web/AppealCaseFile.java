package kz.shagym.appeals.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import kz.shagym.appeals.service.CourtRecords;
import kz.shagym.appeals.service.Instructions;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.WorkingDays;
import kz.shagym.kernel.web.JsonTree;
import kz.shagym.kernel.web.RetriedOnConflict;
import kz.shagym.registry.model.CaseEvent;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.service.CaseFileContributor;
import kz.shagym.registry.service.Registry;
import kz.shagym.review.model.Answer;
import kz.shagym.review.service.ProviderReview;

/**
 * What the appeal stage adds to a case's file in the API: the outcome of its answer, its
 * appeals (number, state, outcome), the instruction, the court record, and the chain, one
 * timeline of the provider's case, its appeals and what followed, read from either end.
 */
@ApplicationScoped
@RetriedOnConflict
public class AppealCaseFile implements CaseFileContributor {

    @EJB
    private Registry registry;

    @EJB
    private ProviderReview review;

    @EJB
    private Instructions instructions;

    @EJB
    private CourtRecords court;

    @EJB
    private WorkingDays workingDays;

    @Inject
    private BusinessClock clock;

    @Override
    public void contribute(Complaint c, Locale locale, JsonObjectBuilder json) {
        json.add("outcome", outcome(c));
        Complaint root = registry.linked(c.getAppealOf()).orElse(c);
        List<Complaint> appeals = registry.appealsOf(root);
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Complaint a : appeals) {
            list.add(Json.createObjectBuilder().add("number", a.getIncomingNumber()).add("stage", a.getStage().name())
                    .add("state", a.getState().name()).add("outcome", outcome(a)));
        }
        json.add("appeals", list);
        json.add("instruction", instructions.of(c)
                .map(i -> JsonTree.of(AppealViews.InstructionView.of(i, AppealViews.number(registry, i.getAppealId()),
                        workingDays.calendar(), clock.today())))
                .orElse(JsonValue.NULL));
        json.add("court", court.of(c).map(k -> JsonTree.of(AppealViews.CourtView.of(k))).orElse(JsonValue.NULL));
        json.add("chain", chain(root, appeals));
    }

    private JsonValue outcome(Complaint c) {
        return review.answer(c.getIncomingNumber()).filter(a -> a.getComplaintId().equals(c.getId()))
                .map(Answer::getOutcome).<JsonValue>map(o -> Json.createValue(o.name())).orElse(JsonValue.NULL);
    }

    /** Every entry of the provider's case and of its appeals, in the order they happened. */
    private JsonArrayBuilder chain(Complaint root, List<Complaint> appeals) {
        List<Complaint> cases = new ArrayList<>();
        cases.add(root);
        cases.addAll(appeals);
        List<Entry> entries = new ArrayList<>();
        for (Complaint k : cases) {
            for (CaseEvent e : registry.history(k)) {
                entries.add(new Entry(k.getIncomingNumber(), e));
            }
        }
        entries.sort(Comparator.comparing((Entry x) -> x.event().getOccurredAt()));
        JsonArrayBuilder chain = Json.createArrayBuilder();
        for (Entry x : entries) {
            CaseEvent e = x.event();
            JsonObjectBuilder o = Json.createObjectBuilder().add("number", x.number())
                    .add("at", e.getOccurredAt().toString()).add("who", e.getActorName())
                    .add("to", e.getToState().name());
            o.add("event", e.getKind() == null ? JsonValue.NULL : Json.createValue(e.getKind().name()));
            o.add("comment", e.getComment() == null ? JsonValue.NULL : Json.createValue(e.getComment()));
            chain.add(o);
        }
        return chain;
    }

    private record Entry(String number, CaseEvent event) {
    }
}
