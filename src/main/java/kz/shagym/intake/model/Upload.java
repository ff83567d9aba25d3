package kz.shagym.intake.model;

/** A file as the registrar uploaded it: the name the browser gave and the bytes, unchecked. */
public record Upload(String fileName, byte[] content) {
}
