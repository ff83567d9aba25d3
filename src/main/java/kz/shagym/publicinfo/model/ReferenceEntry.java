package kz.shagym.publicinfo.model;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import kz.shagym.kernel.model.LocalizedText;
import kz.shagym.kernel.model.Organisation;
import kz.shagym.registry.model.StateService;

/**
 * A line of the reference directory (¶8): an organisation's reference-service phones and its
 * office address (the same that prints on its letters), with the state services it provides.
 */
public record ReferenceEntry(Organisation organisation, List<StateService> services) {

    /** Whether the organisation or one of its services is named by {@code query}, in any language; blank: all. */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String wanted = fold(query);
        Stream<String> names = Stream.concat(
                Stream.concat(Stream.of(organisation.getCode()), texts(organisation.getName())),
                services.stream().flatMap(s -> Stream.concat(Stream.of(s.getCode()), texts(s.getName()))));
        return names.anyMatch(n -> fold(n).contains(wanted));
    }

    private static Stream<String> texts(LocalizedText text) {
        return text == null ? Stream.empty()
                : Stream.of(text.getKk(), text.getRu(), text.getEn()).filter(t -> t != null);
    }

    private static String fold(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
