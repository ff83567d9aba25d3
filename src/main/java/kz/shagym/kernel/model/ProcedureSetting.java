package kz.shagym.kernel.model;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A setting of the procedure that the law may change, such as a term in working days. */
@Entity
@Table(name = "procedure_setting")
public class ProcedureSetting implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String PROVIDER_TERM = "provider.term.working-days";
    public static final String AUTHORIZED_BODY_TERM = "authorized-body.term.working-days";
    /** The provider's term to forward an appeal it received to the authorized body. */
    public static final String FORWARDING_TERM = "forwarding.term.working-days";
    /** The routes an appeal may take: DIRECT, THROUGH_PROVIDER, or both, comma-separated. */
    public static final String APPEAL_ROUTES = "appeal.routes";
    /** The unified contact centre's short number (¶9). */
    public static final String CONTACT_CENTRE_PHONE = "contact-centre.phone";
    /** The contact centre's free number from a mobile phone (¶9). */
    public static final String CONTACT_CENTRE_MOBILE_PHONE = "contact-centre.mobile-phone";
    /** Who may embed the public pages: a CSP frame-ancestors source list. */
    public static final String PUBLIC_FRAME_ANCESTORS = "public.frame-ancestors";

    @Id
    @Column(name = "setting_key", length = 64)
    private String key;

    @Column(name = "setting_value", nullable = false, length = 200)
    private String value;

    @Version
    private int version;

    protected ProcedureSetting() {
    }

    public ProcedureSetting(String key, String value) {
        this.key = key;
        this.value = value;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
