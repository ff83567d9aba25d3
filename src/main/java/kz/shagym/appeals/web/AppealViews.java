package kz.shagym.appeals.web;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.util.List;
import kz.shagym.appeals.model.CourtCase;
import kz.shagym.appeals.model.Judgment;
import kz.shagym.appeals.model.ProviderInstruction;
import kz.shagym.kernel.model.DeadlineStatus;
import kz.shagym.kernel.model.WorkingCalendar;
import kz.shagym.registry.model.AppealGround;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.ComplaintState;
import kz.shagym.registry.service.Registry;

/** The appeal stage's facts as the API gives them. */
public final class AppealViews {

    private AppealViews() {
    }

    /** The appeals providers forwarded, each with its provider's code and the case it is about. */
    static List<ForwardedView> forwarded(List<Complaint> held, Registry registry) {
        return held.stream().map(h -> ForwardedView.of(h, registry.organisationCode(h.getOrganisationId()),
                number(registry, h.getAppealOf()))).toList();
    }

    /** The incoming number of a linked case the caller reads, or null. */
    static String number(Registry registry, Long id) {
        return registry.linked(id).map(Complaint::getIncomingNumber).orElse(null);
    }

    /** An instruction to put right and how it stands: complied on time, or due soon, overdue. */
    @JsonbNillable
    public record InstructionView(String appeal, String text, int workingDays, LocalDate issuedOn, LocalDate deadline,
                                  DeadlineStatus status, LocalDate compliedOn, String complianceNote,
                                  Boolean compliedOnTime) {

        static InstructionView of(ProviderInstruction i, String appealNumber, WorkingCalendar calendar, LocalDate today) {
            return new InstructionView(appealNumber, i.getText(), i.getWorkingDays(), i.getIssuedOn(), i.getDeadline(),
                    i.status(calendar, today), i.getCompliedOn(), i.getComplianceNote(), i.compliedOnTime());
        }
    }

    @JsonbNillable
    public record CourtView(String court, LocalDate filedOn, String caseNumber, Judgment judgment, LocalDate judgmentDate) {

        static CourtView of(CourtCase c) {
            return new CourtView(c.getCourt(), c.getFiledOn(), c.getCaseNumber(), c.getJudgment(), c.getJudgmentDate());
        }
    }

    /** An appeal a provider forwarded, waiting for the authorized body to register it. */
    @JsonbNillable
    public record ForwardedView(String provider, String number, LocalDate registeredOn, AppealGround ground,
                                String appealOf, ComplaintState state) {

        static ForwardedView of(Complaint held, String provider, String appealOf) {
            return new ForwardedView(provider, held.getIncomingNumber(), held.getRegistrationDate(),
                    held.getAppealGround(), appealOf, held.getState());
        }
    }
}
