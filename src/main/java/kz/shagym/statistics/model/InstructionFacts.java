package kz.shagym.statistics.model;

import java.time.LocalDate;
import kz.shagym.kernel.model.DeadlineStatus;

/** An instruction to put things right that an upheld appeal gave a provider, and whether it complied in time. */
public record InstructionFacts(long appealId, String appealNumber, long providerId, String serviceCode,
                               String executorLogin, LocalDate issuedOn, LocalDate deadline, LocalDate compliedOn) {

    public boolean issuedIn(Period p) {
        return p.contains(issuedOn);
    }

    /** Issued within the period and complied with on or before its deadline day. */
    public boolean compliedOnTimeIn(Period p) {
        return issuedIn(p) && compliedOn != null && DeadlineStatus.metBy(compliedOn, deadline);
    }
}
