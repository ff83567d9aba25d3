/** The appeals module's service layer; see ARCHITECTURE in README.md. */
package kz.shagym.appeals.service;
