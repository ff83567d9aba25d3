package kz.shagym.registry.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.shagym.kernel.model.LocalizedText;
import kz.shagym.kernel.model.OrganisationKind;
import kz.shagym.kernel.service.OrganisationService;
import kz.shagym.kernel.web.ScreenMessages;
import kz.shagym.registry.model.RegistryRefused;
import kz.shagym.registry.model.StateService;
import kz.shagym.registry.service.Numbering;
import kz.shagym.registry.service.StateServiceCatalogue;

/** The administrator's registry settings (/admin/registry.xhtml): the state-services catalogue and each provider's numbering. */
@Named
@ViewScoped
public class CatalogueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StateServiceCatalogue catalogue;

    @EJB
    private Numbering numbering;

    @EJB
    private OrganisationService organisations;

    @Inject
    private ScreenMessages messages;

    private String code;
    private String nameKk;
    private String nameRu;
    private String nameEn;
    private boolean active = true;
    private List<StateService> services;
    private List<ProviderNumbering> providers;

    /** A provider and its pattern, as the numbering table edits it. */
    public static final class ProviderNumbering implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String name;
        private String pattern;

        ProviderNumbering(long id, String name, String pattern) {
            this.id = id;
            this.name = name;
            this.pattern = pattern;
        }

        public String getName() {
            return name;
        }

        public String getPattern() {
            return pattern;
        }

        public void setPattern(String pattern) {
            this.pattern = pattern;
        }
    }

    public List<StateService> getServices() {
        if (services == null) {
            services = catalogue.all();
        }
        return services;
    }

    public List<ProviderNumbering> getProviders() {
        if (providers == null) {
            providers = organisations.all().stream().filter(o -> o.getKind() == OrganisationKind.SERVICE_PROVIDER)
                    .map(o -> new ProviderNumbering(o.getId(), o.getName().getKk(), numbering.patternOf(o.getId()).toString()))
                    .toList();
        }
        return providers;
    }

    public void edit(StateService s) {
        code = s.getCode();
        nameKk = s.getName().getKk();
        nameRu = s.getName().getRu();
        nameEn = s.getName().getEn();
        active = s.isActive();
    }

    public void save() {
        try {
            catalogue.save(code, new LocalizedText(nameKk == null ? "" : nameKk.strip(), blankToNull(nameRu),
                    blankToNull(nameEn)), active);
            messages.info("catalogue.saved", code.strip());
            code = null;
            nameKk = null;
            nameRu = null;
            nameEn = null;
            active = true;
            services = null;
        } catch (RegistryRefused refused) {
            messages.fieldError("services:" + refused.getField(), refused.getMessageKey(), refused.getArguments());
        }
    }

    public void savePattern(ProviderNumbering provider) {
        try {
            numbering.changePattern(provider.id, provider.pattern);
            messages.info("numbering.saved", provider.name);
        } catch (RegistryRefused refused) {
            messages.error(refused.getMessageKey(), refused.getArguments());
            providers = null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameKk() {
        return nameKk;
    }

    public void setNameKk(String nameKk) {
        this.nameKk = nameKk;
    }

    public String getNameRu() {
        return nameRu;
    }

    public void setNameRu(String nameRu) {
        this.nameRu = nameRu;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
