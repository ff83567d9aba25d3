/** The appeals module's web layer; see ARCHITECTURE in README.md. */
package kz.shagym.appeals.web;
