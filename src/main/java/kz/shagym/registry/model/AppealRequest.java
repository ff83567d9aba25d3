package kz.shagym.registry.model;

/**
 * What a registrar says of an appeal being registered: its ground, the provider it is about
 * (its organisation code; at a provider's own office, that provider) and the provider's case
 * (its incoming number), if there is one.
 */
public record AppealRequest(AppealGround ground, String providerCode, String caseNumber) {
}
