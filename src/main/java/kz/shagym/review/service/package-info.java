/** The review module's service layer; see ARCHITECTURE in README.md. */
package kz.shagym.review.service;
