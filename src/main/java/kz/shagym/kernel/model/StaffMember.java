package kz.shagym.kernel.model;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A member of staff: the login known to the user registry, the organisation they work
 * for and their name as printed on documents. Their roles come from the registry.
 */
@Entity
@Table(name = "staff_member")
@NamedQuery(name = "StaffMember.ofOrganisation",
        query = "select s from StaffMember s where s.organisation = :organisation order by s.surname")
@NamedQuery(name = "StaffMember.all",
        query = "select s from StaffMember s order by s.organisation.code, s.surname, s.givenName")
public class StaffMember implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Size(max = 64)
    @Column(length = 64)
    private String login;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String surname;

    @NotBlank
    @Size(max = 100)
    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;

    @Size(max = 100)
    @Column(length = 100)
    private String patronymic;

    @Size(max = 200)
    @Column(length = 200)
    private String email;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected StaffMember() {
    }

    public StaffMember(String login, Organisation organisation, String surname, String givenName, String patronymic) {
        this.login = login;
        this.organisation = organisation;
        this.surname = surname;
        this.givenName = givenName;
        this.patronymic = patronymic;
    }

    /**
     * Moves the member to another organisation or corrects their name as printed on
     * documents. What they did before stays under their login, with the name it was signed with.
     */
    public void change(Organisation organisation, String surname, String givenName, String patronymic) {
        this.organisation = organisation;
        this.surname = surname;
        this.givenName = givenName;
        this.patronymic = patronymic;
    }

    /** Surname and initials, as the registration stamp prints them (¶3): "Ахметова А.Б.". */
    public String getSurnameAndInitials() {
        StringBuilder s = new StringBuilder(surname).append(' ').append(givenName.charAt(0)).append('.');
        if (patronymic != null && !patronymic.isBlank()) {
            s.append(patronymic.charAt(0)).append('.');
        }
        return s.toString();
    }

    public String getLogin() {
        return login;
    }

    public Organisation getOrganisation() {
        return organisation;
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
