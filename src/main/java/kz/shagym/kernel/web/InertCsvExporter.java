package kz.shagym.kernel.web;

import kz.shagym.kernel.model.SpreadsheetCell;
import org.primefaces.component.datatable.export.DataTableCSVExporter;

/**
 * PrimeFaces' CSV export of a table, with every cell made inert (SpreadsheetCell): what a
 * complainant wrote never runs as a formula in the spreadsheet that opens the export.
 * Registered for every p:dataExporter of type csv by ExportersRegistration.
 */
public class InertCsvExporter extends DataTableCSVExporter {

    @Override
    protected String escapeQuotes(String value) {
        return super.escapeQuotes(SpreadsheetCell.inert(value));
    }
}
