/** The appeals module's web layer; see docs/architecture.md. */
package kz.shagym.appeals.web;
