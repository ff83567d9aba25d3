package kz.shagym.appeals.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import kz.shagym.appeals.model.ProviderInstruction;
import kz.shagym.appeals.service.Forwarding;
import kz.shagym.appeals.service.Instructions;
import kz.shagym.kernel.model.DeadlineStatus;
import kz.shagym.kernel.model.Refused;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.WorkingDays;
import kz.shagym.kernel.web.CasePage;
import kz.shagym.kernel.web.RetriedOnConflict;
import kz.shagym.kernel.web.ScreenMessages;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.service.Registry;

/**
 * The appeal stage's queues: appeals forwarded to the authorized body, registered there with
 * one action; instructions the authorized body issued, or a provider has to put right.
 */
@Named
@RequestScoped
@RetriedOnConflict
public class AppealQueuesView {

    @EJB
    private Forwarding forwarding;

    @EJB
    private Instructions instructions;

    @EJB
    private Registry registry;

    @EJB
    private WorkingDays workingDays;

    @Inject
    private BusinessClock clock;

    @Inject
    private ScreenMessages messages;

    private List<AppealViews.ForwardedView> forwarded;
    private List<InstructionRow> instructionRows;

    /** An instruction as its queue shows it: the appeal and case it is about, and how its term stands. */
    public record InstructionRow(String appeal, String providerCase, ProviderInstruction instruction, DeadlineStatus status) {
    }

    public List<AppealViews.ForwardedView> getForwarded() {
        if (forwarded == null) {
            forwarded = AppealViews.forwarded(forwarding.forwardedToUs(), registry);
        }
        return forwarded;
    }

    /** At the authorized body, every instruction it issued; at a provider, those it has still to put right. */
    public List<InstructionRow> getInstructions() {
        if (instructionRows == null) {
            LocalDate today = clock.today();
            instructionRows = instructions.ofCaller().stream()
                    .map(i -> new InstructionRow(AppealViews.number(registry, i.getAppealId()),
                            AppealViews.number(registry, i.getProviderCaseId()), i,
                            i.status(workingDays.calendar(), today))).toList();
        }
        return instructionRows;
    }

    /** Registers the forwarded appeal with one action and opens it; a refusal is said above the list. */
    public String register(String provider, String number) {
        try {
            Complaint appeal = forwarding.register(provider, number);
            messages.info("appeal.done.registered", appeal.getIncomingNumber());
            messages.keepForRedirect();
            return CasePage.redirect(appeal.getIncomingNumber());
        } catch (Refused refused) {
            messages.error(refused.getMessageKey(), refused.getArguments());
            return null;
        }
    }
}
