package kz.shagym.kernel.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.DataExporters;

/** Puts the inert CSV export in place of PrimeFaces' own before any table is exported. */
@WebListener
public class ExportersRegistration implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        DataExporters.register(DataTable.class, InertCsvExporter.class, "csv");
    }
}
