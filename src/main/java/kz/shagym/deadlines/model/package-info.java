/** The deadlines module's model layer; see ARCHITECTURE in README.md. */
package kz.shagym.deadlines.model;
