package kz.shagym.intake.model;

import java.io.Serializable;

/** A file as the registrar uploaded it: the name the browser gave and the bytes, unchecked. */
public record Upload(String fileName, byte[] content) implements Serializable {
}
