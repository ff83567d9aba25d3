/** The intake module's web layer; see ARCHITECTURE in README.md. */
package kz.shagym.intake.web;
