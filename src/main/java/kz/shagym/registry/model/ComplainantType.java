package kz.shagym.registry.model;

/** An individual (identified by IIN) or a legal entity (by BIN); each has its own number prefix. */
public enum ComplainantType {
    INDIVIDUAL("ЖТ"), LEGAL_ENTITY("ЗТ");

    private final String defaultPrefix;

    ComplainantType(String defaultPrefix) {
        this.defaultPrefix = defaultPrefix;
    }

    /** ЖТ (жеке тұлға) or ЗТ (заңды тұлға). */
    public String numberPrefix() {
        return defaultPrefix;
    }
}
