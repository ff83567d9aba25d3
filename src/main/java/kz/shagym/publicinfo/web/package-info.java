/** The publicinfo module's web layer; see docs/architecture.md. */
package kz.shagym.publicinfo.web;
