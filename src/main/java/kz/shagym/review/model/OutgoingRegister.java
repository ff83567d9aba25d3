package kz.shagym.review.model;

/**
 * An organisation's register of outgoing letters: each approved answer letter takes the next
 * number of its year, gap-free, printed on it with the date. The numbers come from the same
 * counters as the incoming register (Numbering), under this prefix of their own, so they are
 * drawn the same way: inside the approval's transaction, given back if it fails.
 */
public final class OutgoingRegister {

    /** "Шығыс", outgoing: the incoming prefixes are ЖТ for complaints and АП for appeals. */
    public static final String PREFIX = "ШЫҒ";

    private OutgoingRegister() {
    }
}
