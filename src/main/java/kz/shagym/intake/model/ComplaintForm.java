package kz.shagym.intake.model;

import java.io.Serializable;

/**
 * A paper complaint as the registrar types it from the letter, or as a document-management
 * system posts it to {@code POST /api/complaints}. Text until {@link IntakeRules} accept it.
 */
public class ComplaintForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String channel = "POST";
    /** ISO date, 2026-11-20. */
    private String postmarkDate;
    private String envelopeTracking;
    private ComplainantForm complainant = new ComplainantForm();
    private String language = "kk";
    private String answerDelivery = "POST";
    private String serviceCode;
    private String subject;
    private String official;
    private String officialPosition;
    private String summary;
    private Integer pages;
    /** For an appeal: ANSWER, NO_ANSWER or SERVICE_RESULT; blank for a complaint to a provider. */
    private String ground;
    /** For an appeal at the authorized body: the code of the provider it is about. */
    private String provider;
    /** For an appeal: the incoming number of the provider's case it is about, if any. */
    private String appealOf;

    public String getGround() {
        return ground;
    }

    public void setGround(String ground) {
        this.ground = ground;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getAppealOf() {
        return appealOf;
    }

    public void setAppealOf(String appealOf) {
        this.appealOf = appealOf;
    }

    /** Whether the form registers an appeal. */
    public boolean isAppeal() {
        return ground != null && !ground.isBlank();
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getPostmarkDate() {
        return postmarkDate;
    }

    public void setPostmarkDate(String postmarkDate) {
        this.postmarkDate = postmarkDate;
    }

    public String getEnvelopeTracking() {
        return envelopeTracking;
    }

    public void setEnvelopeTracking(String envelopeTracking) {
        this.envelopeTracking = envelopeTracking;
    }

    public ComplainantForm getComplainant() {
        return complainant;
    }

    public void setComplainant(ComplainantForm complainant) {
        this.complainant = complainant;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getAnswerDelivery() {
        return answerDelivery;
    }

    public void setAnswerDelivery(String answerDelivery) {
        this.answerDelivery = answerDelivery;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getOfficial() {
        return official;
    }

    public void setOfficial(String official) {
        this.official = official;
    }

    public String getOfficialPosition() {
        return officialPosition;
    }

    public void setOfficialPosition(String officialPosition) {
        this.officialPosition = officialPosition;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Integer getPages() {
        return pages;
    }

    public void setPages(Integer pages) {
        this.pages = pages;
    }
}
