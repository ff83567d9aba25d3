package kz.shagym.registry.model;

import java.util.Locale;

/** The language the documents for the complainant go out in (the interface also has English; documents do not). */
public enum AnswerLanguage {
    kk, ru;

    public Locale locale() {
        return Locale.forLanguageTag(name());
    }
}
