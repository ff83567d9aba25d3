/** The review module's model layer; see ARCHITECTURE in README.md. */
package kz.shagym.review.model;
