package kz.shagym.intake.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.shagym.intake.model.ComplaintForm;
import kz.shagym.intake.model.FieldProblem;
import kz.shagym.intake.model.IntakeRules;
import kz.shagym.intake.model.InvalidComplaint;
import kz.shagym.intake.model.Upload;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.ScannedPages;
import kz.shagym.registry.model.StateService;
import kz.shagym.registry.service.Registry;
import kz.shagym.registry.service.StateServiceCatalogue;

/**
 * Intake of paper complaints at a provider's office: the form and the scans are checked in
 * full, then the complaint is registered. Nothing is kept and no number used unless all is valid.
 */
@Stateless
@RolesAllowed(Role.Names.REGISTRAR)
public class Intake {

    public static final int MAX_SCANS = 20;

    @EJB
    private StateServiceCatalogue catalogue;

    @EJB
    private Registry registry;

    @Inject
    private BusinessClock clock;

    /** Registers the complaint; refuses with every problem of the form and the scans, keeping nothing. */
    public Complaint register(ComplaintForm form, List<Upload> uploads) {
        List<FieldProblem> problems = problems(form, uploads);
        if (!problems.isEmpty()) {
            throw new InvalidComplaint(problems);
        }
        List<ScannedPages.Scan> scans = uploads.stream().map(u -> ScannedPages.accept(u.fileName(), u.content())).toList();
        return registry.register(IntakeRules.toComplaint(form, catalogue.find(form.getServiceCode()).orElseThrow()), scans,
                IntakeRules.appealOf(form));
    }

    /** Every problem of the form and the scans; none means it can be registered. */
    public List<FieldProblem> problems(ComplaintForm form, List<Upload> uploads) {
        Optional<StateService> service = catalogue.find(form.getServiceCode());
        List<FieldProblem> problems = new ArrayList<>(IntakeRules.check(form, service, clock.today()));
        if (uploads.size() > MAX_SCANS) {
            problems.add(new FieldProblem("scans", "intake.error.scanCount", MAX_SCANS));
        }
        for (Upload upload : uploads) {
            ScannedPages.check(upload.content()).ifPresent(refusal ->
                    problems.add(new FieldProblem("scans", "intake.error.scan." + refusal, upload.fileName())));
        }
        return problems;
    }
}
