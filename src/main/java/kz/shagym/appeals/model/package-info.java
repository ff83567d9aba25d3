/** The appeals module's model layer; see docs/architecture.md. */
package kz.shagym.appeals.model;
