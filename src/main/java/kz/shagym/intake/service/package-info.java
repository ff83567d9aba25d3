/** The intake module's service layer; see ARCHITECTURE in README.md. */
package kz.shagym.intake.service;
