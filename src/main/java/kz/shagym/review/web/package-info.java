/** The review module's web layer; see docs/architecture.md. */
package kz.shagym.review.web;
