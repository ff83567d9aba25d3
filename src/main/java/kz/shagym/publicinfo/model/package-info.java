/** The publicinfo module's model layer; see ARCHITECTURE in README.md. */
package kz.shagym.publicinfo.model;
