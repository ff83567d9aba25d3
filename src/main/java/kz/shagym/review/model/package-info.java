/** The review module's model layer; see docs/architecture.md. */
package kz.shagym.review.model;
