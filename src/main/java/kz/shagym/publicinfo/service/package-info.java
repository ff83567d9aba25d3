/** The publicinfo module's service layer; see ARCHITECTURE in README.md. */
package kz.shagym.publicinfo.service;
