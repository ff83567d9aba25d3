/** The registry module's service layer; see ARCHITECTURE in README.md. */
package kz.shagym.registry.service;
