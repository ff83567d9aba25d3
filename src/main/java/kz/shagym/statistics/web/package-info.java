/** The quality figures' screens and API: the staff dashboard and drill-down, the public open data. */
package kz.shagym.statistics.web;
