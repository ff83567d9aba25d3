/** The review module's web layer; see ARCHITECTURE in README.md. */
package kz.shagym.review.web;
