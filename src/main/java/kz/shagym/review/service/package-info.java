/** The review module's service layer; see docs/architecture.md. */
package kz.shagym.review.service;
