/** The registry module's web layer; see ARCHITECTURE in README.md. */
package kz.shagym.registry.web;
