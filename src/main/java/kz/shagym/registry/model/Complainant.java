package kz.shagym.registry.model;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who complains, as written on this complaint: an individual (IIN, surname, name, patronymic)
 * or a legal entity (BIN, name, representative), with the postal address and, optionally,
 * phone and e-mail. Kept with each complaint as it was on the day, not shared between them.
 */
@Embeddable
public class Complainant implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "complainant_type", nullable = false, length = 12)
    private ComplainantType type;

    /** The IIN of an individual or the BIN of a legal entity. */
    @Column(name = "iin_bin", nullable = false, length = 12)
    private String iinBin;

    @Column(name = "surname", length = 100)
    private String surname;

    @Column(name = "given_name", length = 100)
    private String givenName;

    @Column(name = "patronymic", length = 100)
    private String patronymic;

    @Column(name = "entity_name", length = 300)
    private String entityName;

    @Column(name = "representative", length = 200)
    private String representative;

    @Column(name = "postal_address", nullable = false, length = 400)
    private String postalAddress;

    @Column(name = "phone", length = 40)
    private String phone;

    @Column(name = "email", length = 200)
    private String email;

    protected Complainant() {
    }

    public static Complainant individual(String iin, String surname, String givenName, String patronymic) {
        Complainant c = new Complainant();
        c.type = ComplainantType.INDIVIDUAL;
        c.iinBin = Objects.requireNonNull(iin);
        c.surname = Objects.requireNonNull(surname);
        c.givenName = Objects.requireNonNull(givenName);
        c.patronymic = patronymic;
        return c;
    }

    public static Complainant legalEntity(String bin, String entityName, String representative) {
        Complainant c = new Complainant();
        c.type = ComplainantType.LEGAL_ENTITY;
        c.iinBin = Objects.requireNonNull(bin);
        c.entityName = Objects.requireNonNull(entityName);
        c.representative = representative;
        return c;
    }

    public Complainant reachableAt(String postalAddress, String phone, String email) {
        this.postalAddress = Objects.requireNonNull(postalAddress);
        this.phone = phone;
        this.email = email;
        return this;
    }

    /** "Surname Name Patronymic" of an individual, the name of a legal entity. */
    /** The same complainant, for another complaint (an appeal forwarded on keeps who filed it). */
    public Complainant copy() {
        Complainant c = type == ComplainantType.LEGAL_ENTITY ? legalEntity(iinBin, entityName, representative)
                : individual(iinBin, surname, givenName, patronymic);
        return c.reachableAt(postalAddress, phone, email);
    }

    public String displayName() {
        return type == ComplainantType.INDIVIDUAL
                ? Stream.of(surname, givenName, patronymic).filter(s -> s != null && !s.isBlank())
                        .collect(Collectors.joining(" "))
                : entityName;
    }

    /** Everything the journal's complainant filter matches, folded: names, representative, IIN/BIN. */
    String searchText() {
        return SearchText.fold(Stream.of(displayName(), representative, iinBin).filter(Objects::nonNull)
                .collect(Collectors.joining(" ")));
    }

    public ComplainantType getType() {
        return type;
    }

    public String getIinBin() {
        return iinBin;
    }

    public String getSurname() {
        return surname;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getPatronymic() {
        return patronymic;
    }

    public String getEntityName() {
        return entityName;
    }

    public String getRepresentative() {
        return representative;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }
}
