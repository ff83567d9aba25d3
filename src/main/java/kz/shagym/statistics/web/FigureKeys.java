package kz.shagym.statistics.web;

import java.util.Locale;
import kz.shagym.statistics.model.Figure;

/** A drillable figure's key in the API and the message bundles: ANSWERED_ON_TIME is answeredOnTime. */
final class FigureKeys {

    private FigureKeys() {
    }

    static String of(Figure figure) {
        String[] words = figure.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }
}
