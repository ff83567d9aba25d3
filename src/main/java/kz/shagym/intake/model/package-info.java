/** The intake module's model layer; see ARCHITECTURE in README.md. */
package kz.shagym.intake.model;
