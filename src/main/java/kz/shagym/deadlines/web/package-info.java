/** The deadlines module's web layer; see ARCHITECTURE in README.md. */
package kz.shagym.deadlines.web;
