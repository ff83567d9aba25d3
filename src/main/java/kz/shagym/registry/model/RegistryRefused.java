package kz.shagym.registry.model;

import kz.shagym.kernel.model.Refused;

/** A registry rule refused what was asked (an application exception: nothing is kept). */
public class RegistryRefused extends Refused {

    private static final long serialVersionUID = 1L;

    public RegistryRefused(String field, String messageKey, Object... arguments) {
        super("", field, messageKey, arguments);
    }
}
