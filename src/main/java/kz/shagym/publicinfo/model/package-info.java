/**
 * Public information (¶7–¶9): what a citizen's status look-up and the contact centre show of
 * a case (facts of the procedure only, nothing personal or substantive), and how failed
 * look-ups are slowed. See docs/domain.md, "Public information (¶7–¶9)".
 */
package kz.shagym.publicinfo.model;
