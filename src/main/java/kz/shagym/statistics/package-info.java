/**
 * The quality figures of ¶5's authorized body (issue 14, docs/statistics.md): how many
 * complaints each provider registered and answered, how many on time, in how many working
 * days, with what outcome, how often its answers were appealed and overturned, and whether
 * it put things right when instructed. Kept by month in {@code provider_figure} and caught
 * up from the cases' timelines; read by the authorized body, by a provider's head for their
 * own provider, and by anyone as open data.
 */
package kz.shagym.statistics;
