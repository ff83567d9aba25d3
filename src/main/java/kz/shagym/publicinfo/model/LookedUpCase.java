package kz.shagym.publicinfo.model;

import kz.shagym.kernel.model.LocalizedText;

/** A case as the contact centre finds it: whose it is, and its status. */
public record LookedUpCase(String providerCode, LocalizedText providerName, CaseStatus status) {
}
