/** The deadlines module's service layer; see ARCHITECTURE in README.md. */
package kz.shagym.deadlines.service;
