/** The publicinfo module's service layer; see docs/architecture.md. */
package kz.shagym.publicinfo.service;
