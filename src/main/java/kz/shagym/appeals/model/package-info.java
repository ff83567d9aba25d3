/** The appeals module's model layer; see ARCHITECTURE in README.md. */
package kz.shagym.appeals.model;
