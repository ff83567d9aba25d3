/** The publicinfo module's model layer; see docs/architecture.md. */
package kz.shagym.publicinfo.model;
