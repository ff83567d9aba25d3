/** The registry module's model layer; see ARCHITECTURE in README.md. */
package kz.shagym.registry.model;
