package kz.shagym.registry.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * The rules for scanned pages: PDF, JPEG or PNG, as the content says whatever the name
 * claims, at most 20 MB each. A file that breaks them is refused with the reason.
 */
public final class ScannedPages {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final Set<String> ACCEPTED = Set.of("application/pdf", "image/jpeg", "image/png");
    private static final Tika TIKA = new Tika();

    private ScannedPages() {
    }

    /** A checked scan. */
    public record Scan(String fileName, String mediaType, byte[] content, String sha256) {
    }

    /** Why a file is refused; the names are the last part of the message keys. */
    public enum Refusal {
        EMPTY, TOO_LARGE, WRONG_TYPE
    }

    /** The refusal for this file, or empty when it is acceptable. */
    public static Optional<Refusal> check(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.of(Refusal.EMPTY);
        }
        if (content.length > MAX_BYTES) {
            return Optional.of(Refusal.TOO_LARGE);
        }
        return ACCEPTED.contains(detect(content)) ? Optional.empty() : Optional.of(Refusal.WRONG_TYPE);
    }

    /** The checked scan; call {@link #check} first. */
    public static Scan accept(String fileName, byte[] content) {
        if (check(content).isPresent()) {
            throw new IllegalArgumentException("not an acceptable scan: " + check(content).get());
        }
        return new Scan(safeName(fileName), detect(content), content, sha256(content));
    }

    /** The media type by content alone (Tika's magic numbers); the name is not given to it. */
    static String detect(byte[] content) {
        return TIKA.detect(content);
    }

    /** The file's own name without any path, control characters or excess length. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "scan";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
