package kz.shagym.intake.model;

import java.io.Serializable;

/**
 * The complainant as the registrar types it or an integration sends it: for an individual
 * {@code iin}, {@code surname}, {@code name}, {@code patronymic}; for a legal entity {@code bin},
 * {@code name} and {@code representative}. Everything is text until the rules have checked it.
 */
public class ComplainantForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String type = "INDIVIDUAL";
    private String iin;
    private String bin;
    private String surname;
    private String name;
    private String patronymic;
    private String representative;
    private String address;
    private String phone;
    private String email;

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getIin() {
        return iin;
    }

    public void setIin(String iin) {
        this.iin = iin;
    }

    public String getBin() {
        return bin;
    }

    public void setBin(String bin) {
        this.bin = bin;
    }

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = surname;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPatronymic() {
        return patronymic;
    }

    public void setPatronymic(String patronymic) {
        this.patronymic = patronymic;
    }

    public String getRepresentative() {
        return representative;
    }

    public void setRepresentative(String representative) {
        this.representative = representative;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isLegalEntity() {
        return "LEGAL_ENTITY".equals(type);
    }

    /** The IIN or the BIN, whichever the type calls for. */
    public String identifier() {
        return isLegalEntity() ? bin : iin;
    }
}
