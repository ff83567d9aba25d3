package kz.shagym.statistics.model;

import java.io.Serializable;

/**
 * The quality figures of some cases (docs/statistics.md, "Figures"): counts that add up
 * across months, services and providers, and the rates and percentiles derived from them,
 * defined here once for every screen, download and API.
 */
public final class Figures implements Serializable {

    private static final long serialVersionUID = 1L;

    int registered;
    int answered;
    int answeredOnTime;
    int satisfied;
    int partlySatisfied;
    int rejected;
    int withdrawn;
    final AnswerDays answerDays = new AnswerDays();
    int appeals;
    int appealsDecided;
    int appealsUpheld;
    int instructions;
    int instructionsOnTime;
    /** Live, never stored: it changes with the day, not with the cases. */
    int overdueNow;

    /** The counts as stored, in the order of {@code provider_figure}'s columns. */
    public static Figures stored(int[] counts, String answerDays) {
        Figures f = new Figures();
        f.registered = counts[0];
        f.answered = counts[1];
        f.answeredOnTime = counts[2];
        f.satisfied = counts[3];
        f.partlySatisfied = counts[4];
        f.rejected = counts[5];
        f.withdrawn = counts[6];
        f.appeals = counts[7];
        f.appealsDecided = counts[8];
        f.appealsUpheld = counts[9];
        f.instructions = counts[10];
        f.instructionsOnTime = counts[11];
        f.answerDays.add(AnswerDays.decode(answerDays));
        return f;
    }

    public int[] storedCounts() {
        return new int[] {registered, answered, answeredOnTime, satisfied, partlySatisfied, rejected, withdrawn,
            appeals, appealsDecided, appealsUpheld, instructions, instructionsOnTime};
    }

    public Figures add(Figures o) {
        registered += o.registered;
        answered += o.answered;
        answeredOnTime += o.answeredOnTime;
        satisfied += o.satisfied;
        partlySatisfied += o.partlySatisfied;
        rejected += o.rejected;
        withdrawn += o.withdrawn;
        answerDays.add(o.answerDays);
        appeals += o.appeals;
        appealsDecided += o.appealsDecided;
        appealsUpheld += o.appealsUpheld;
        instructions += o.instructions;
        instructionsOnTime += o.instructionsOnTime;
        overdueNow += o.overdueNow;
        return this;
    }

    public boolean isEmpty() {
        return registered + answered + withdrawn + appeals + appealsDecided + instructions + overdueNow == 0;
    }

    public int getRegistered() {
        return registered;
    }

    public int getAnswered() {
        return answered;
    }

    public int getAnsweredOnTime() {
        return answeredOnTime;
    }

    public int getAnsweredLate() {
        return answered - answeredOnTime;
    }

    /** Answered on time among the answers that left; null with none (a withdrawal is neither). */
    public Double getOnTimeRate() {
        return share(answeredOnTime, answered);
    }

    public int getOverdueNow() {
        return overdueNow;
    }

    public Double getMedianWorkingDays() {
        return answerDays.median();
    }

    public Double getP90WorkingDays() {
        return answerDays.percentile90();
    }

    public String getAnswerDays() {
        return answerDays.encode();
    }

    public int getSatisfied() {
        return satisfied;
    }

    public int getPartlySatisfied() {
        return partlySatisfied;
    }

    public int getRejected() {
        return rejected;
    }

    public int getWithdrawn() {
        return withdrawn;
    }

    public int getAppeals() {
        return appeals;
    }

    /** Appeals per 100 answers that left; null with no answer. */
    public Double getAppealsPer100() {
        return answered == 0 ? null : 100.0 * appeals / answered;
    }

    public int getAppealsDecided() {
        return appealsDecided;
    }

    public int getAppealsUpheld() {
        return appealsUpheld;
    }

    /** Of the appeals decided on their merits, the share the authorized body upheld: the provider was wrong. */
    public Double getUpheldShare() {
        return share(appealsUpheld, appealsDecided);
    }

    public int getInstructions() {
        return instructions;
    }

    public int getInstructionsOnTime() {
        return instructionsOnTime;
    }

    private static Double share(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
