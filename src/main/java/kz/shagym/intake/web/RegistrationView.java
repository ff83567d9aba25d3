package kz.shagym.intake.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import kz.shagym.intake.model.ComplainantForm;
import kz.shagym.intake.model.ComplaintForm;
import kz.shagym.intake.model.FieldProblem;
import kz.shagym.intake.model.IntakeRules;
import kz.shagym.intake.model.InvalidComplaint;
import kz.shagym.intake.model.Upload;
import kz.shagym.intake.service.Intake;
import kz.shagym.kernel.web.LanguageSelection;
import kz.shagym.kernel.web.CasePage;
import kz.shagym.kernel.web.ScreenMessages;
import kz.shagym.registry.model.Complainant;
import kz.shagym.registry.model.ComplainantType;
import kz.shagym.kernel.model.Organisation;
import kz.shagym.kernel.model.OrganisationKind;
import kz.shagym.kernel.service.OrganisationService;
import kz.shagym.kernel.web.RetriedOnConflict;
import kz.shagym.registry.model.AppealGround;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.RegistryRefused;
import kz.shagym.registry.model.ScannedPages;
import kz.shagym.registry.service.Complainants;
import kz.shagym.registry.service.StateServiceCatalogue;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

/**
 * The registration form (/staff/register.xhtml): a registrar types a paper complaint from
 * the letter, keyboard only, and registers it. Problems are shown at their fields; a possible
 * duplicate is shown before saving and the registrar decides.
 */
@Named
@ViewScoped
@RetriedOnConflict
public class RegistrationView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The form's id, which prefixes each field's client id. */
    static final String FORM = "reg";

    @EJB
    private Intake intake;

    @EJB
    private StateServiceCatalogue catalogue;

    @EJB
    private OrganisationService organisations;

    @EJB
    private Complainants complainants;

    @Inject
    private ScreenMessages messages;

    @Inject
    private LanguageSelection language;

    private ComplaintForm form = new ComplaintForm();
    private final List<Upload> uploads = new ArrayList<>();
    private List<ServiceOption> services;
    private Locale servicesIn;
    private List<Duplicate> duplicates = List.of();

    /** A catalogue entry as the service list offers it. */
    public record ServiceOption(String code, String label) implements Serializable {
    }

    /** An earlier complaint of the same complainant about the same service. */
    public record Duplicate(String number, LocalDate registered, String state) implements Serializable {
    }

    /** The services offered, named in the language of this request: a switch of language renames them. */
    public List<ServiceOption> getServices() {
        if (services == null || !language.getLocale().equals(servicesIn)) {
            servicesIn = language.getLocale();
            services = catalogue.active().stream()
                    .map(s -> new ServiceOption(s.getCode(), s.getCode() + " — " + s.getName().in(servicesIn)))
                    .toList();
        }
        return services;
    }

    /** Offers the details of the complainant's latest complaint here once the IIN or BIN is typed in full. */
    public void lookUpComplainant() {
        ComplainantForm c = form.getComplainant();
        String id = c.identifier() == null ? "" : c.identifier().strip();
        if (id.isEmpty() || !identifierChecked(c.isLegalEntity() ? "bin" : "iin", id)) {
            return;
        }
        Optional<Complainant> known = complainants.latest(id);
        known.filter(k -> k.getType() == (c.isLegalEntity() ? ComplainantType.LEGAL_ENTITY : ComplainantType.INDIVIDUAL))
                .ifPresent(k -> {
                    // Offered only where the registrar has typed nothing: the letter in hand wins.
                    boolean filled = offer(c::getSurname, c::setSurname, k.getSurname())
                            | offer(c::getName, c::setName, c.isLegalEntity() ? k.getEntityName() : k.getGivenName())
                            | offer(c::getPatronymic, c::setPatronymic, k.getPatronymic())
                            | offer(c::getRepresentative, c::setRepresentative, k.getRepresentative())
                            | offer(c::getAddress, c::setAddress, k.getPostalAddress())
                            | offer(c::getPhone, c::setPhone, k.getPhone())
                            | offer(c::getEmail, c::setEmail, k.getEmail());
                    if (filled) {
                        messages.info("register.known");
                        // Redrawn only when something was filled in, so that typing on is never interrupted.
                        PrimeFaces.current().ajax().update(FORM + ":complainantPanel", "messages");
                        PrimeFaces.current().focus(FORM + ":" + (c.isLegalEntity() ? "name" : "surname"));
                    }
                });
    }

    /**
     * Says at once, when the registrar leaves the field, what the save would say of the IIN or
     * BIN (a missing one waits for the save): only the field's message is redrawn, so typing
     * on is never interrupted. Whether the number is right.
     */
    private boolean identifierChecked(String field, String id) {
        Optional<String> problem = IntakeRules.identifierProblem(id);
        problem.ifPresent(key -> messages.aheadOfSave(FORM + ":" + field, key));
        PrimeFaces.current().ajax().update(FORM + ":" + field + "Message");
        return problem.isEmpty();
    }

    private static boolean offer(Supplier<String> current, Consumer<String> set, String known) {
        if ((current.get() == null || current.get().isBlank()) && known != null) {
            set.accept(known);
            return true;
        }
        return false;
    }

    public void upload(FileUploadEvent event) {
        byte[] content = event.getFile().getContent();
        String name = event.getFile().getFileName();
        Optional<ScannedPages.Refusal> refusal = ScannedPages.check(content);
        if (refusal.isPresent()) {
            messages.fieldError(FORM + ":scans", "intake.error.scan." + refusal.get(), name);
        } else if (uploads.size() >= Intake.MAX_SCANS) {
            messages.fieldError(FORM + ":scans", "intake.error.scanCount", Intake.MAX_SCANS);
        } else {
            uploads.add(new Upload(name, content));
        }
    }

    public void removeUpload(int index) {
        if (index >= 0 && index < uploads.size()) {
            uploads.remove(index);
        }
    }

    /** Checks everything, shows possible duplicates first, registers when all is well. */
    public String save() {
        List<FieldProblem> problems = intake.problems(form, uploads);
        if (!problems.isEmpty()) {
            show(problems);
            return null;
        }
        duplicates = complainants.possibleDuplicates(form.getComplainant().identifier().strip(), form.getServiceCode())
                .stream().map(c -> new Duplicate(c.getIncomingNumber(), c.getRegistrationDate(), c.getState().name()))
                .toList();
        if (!duplicates.isEmpty()) {
            messages.warn("register.duplicates");
            return null;
        }
        return register();
    }

    /** The registrar has seen the possible duplicates and registers the letter all the same. */
    public String registerAnyway() {
        return register();
    }

    public void cancelDuplicate() {
        duplicates = List.of();
    }

    private String register() {
        try {
            Complaint complaint = intake.register(form, uploads);
            messages.info("register.done", complaint.getIncomingNumber());
            messages.keepForRedirect();
            return CasePage.redirect(complaint.getIncomingNumber());
        } catch (InvalidComplaint invalid) {
            duplicates = List.of();
            show(invalid.getProblems());
        } catch (RegistryRefused refused) {
            duplicates = List.of();
            messages.refused(FORM, refused);
        }
        return null;
    }

    private void show(List<FieldProblem> problems) {
        messages.error("register.invalid", problems.stream().map(FieldProblem::field).distinct().count());
        for (FieldProblem p : problems) {
            messages.fieldError(FORM + ":" + p.field(), p.messageKey(), p.arguments());
        }
    }

    /** The postmark date for the date picker; the form keeps it as ISO text, as the API sends it. */
    public LocalDate getPostmark() {
        try {
            return form.getPostmarkDate() == null ? null : LocalDate.parse(form.getPostmarkDate());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public void setPostmark(LocalDate postmark) {
        form.setPostmarkDate(postmark == null ? null : postmark.toString());
    }

    /** The grounds an appeal may have. */
    public AppealGround[] getGrounds() {
        return AppealGround.values();
    }

    /** The service providers an appeal at the authorized body may be about. */
    public List<Organisation> getProviders() {
        return organisations.all().stream().filter(o -> o.getKind() == OrganisationKind.SERVICE_PROVIDER).toList();
    }

    /** Whether the form as it stands must have {@code field} filled: its label is marked so. */
    public boolean required(String field) {
        return IntakeRules.requiredFields(form).contains(field);
    }

    public ComplaintForm getForm() {
        return form;
    }

    public List<Upload> getUploads() {
        return uploads;
    }

    public List<Duplicate> getDuplicates() {
        return duplicates;
    }
}
