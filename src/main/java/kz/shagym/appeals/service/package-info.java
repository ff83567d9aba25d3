/** The appeals module's service layer; see docs/architecture.md. */
package kz.shagym.appeals.service;
