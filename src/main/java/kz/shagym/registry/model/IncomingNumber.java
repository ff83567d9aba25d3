package kz.shagym.registry.model;

/** An incoming number as drawn: the text printed on the stamp and the sequence it came from. */
public record IncomingNumber(String text, int year, String prefix, long sequence) {
}
