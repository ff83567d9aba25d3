/** The publicinfo module's web layer; see ARCHITECTURE in README.md. */
package kz.shagym.publicinfo.web;
