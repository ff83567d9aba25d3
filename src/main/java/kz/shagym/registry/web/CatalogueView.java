package kz.shagym.registry.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.shagym.kernel.model.OrganisationKind;
import kz.shagym.kernel.service.OrganisationService;
import kz.shagym.kernel.web.LanguageSelection;
import kz.shagym.kernel.web.RetriedOnConflict;
import kz.shagym.kernel.web.ScreenMessages;
import kz.shagym.kernel.web.ThreeLanguages;
import kz.shagym.registry.model.RegistryRefused;
import kz.shagym.registry.model.StateService;
import kz.shagym.registry.service.Numbering;
import kz.shagym.registry.service.StateServiceCatalogue;

/** The administrator's registry settings (/admin/registry.xhtml): the state-services catalogue and each provider's numbering. */
@Named
@ViewScoped
@RetriedOnConflict
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

    @Inject
    private LanguageSelection language;

    private String code;
    private final ThreeLanguages name = new ThreeLanguages();
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
                    .map(o -> new ProviderNumbering(o.getId(), o.getName().in(language.getLocale()), numbering.patternOf(o.getId()).toString()))
                    .toList();
        }
        return providers;
    }

    public void edit(StateService s) {
        code = s.getCode();
        name.fill(s.getName());
        active = s.isActive();
    }

    public void save() {
        try {
            catalogue.save(code, name.toText(), active);
            messages.info("catalogue.saved", code.strip());
            code = null;
            name.clear();
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


    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public ThreeLanguages getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
