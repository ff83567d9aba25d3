package kz.shagym.registry.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What registration gives a complaint (¶3): the stamp's five facts (number, date and time,
 * registrar, deadline, place of the answer), plus the provider, its head and the access code.
 */
public record Registration(long organisationId, IncomingNumber number, Instant registeredAt,
                           LocalDate registrationDate, String registrarLogin, String registrarName,
                           String headLogin, LocalDate deadline, String answerPlace, String accessCode) {
}
