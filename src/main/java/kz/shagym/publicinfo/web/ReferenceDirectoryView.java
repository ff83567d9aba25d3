package kz.shagym.publicinfo.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import kz.shagym.kernel.web.RetriedOnConflict;
import kz.shagym.publicinfo.model.ReferenceEntry;
import kz.shagym.publicinfo.service.ReferenceDirectory;

/** The reference directory page (¶8): searched by a plain form's {@code q}, without JavaScript. */
@Named
@RequestScoped
@RetriedOnConflict
public class ReferenceDirectoryView {

    /** Longer than any name; a longer query is cut, not refused. */
    static final int QUERY_LIMIT = 200;

    @EJB
    private ReferenceDirectory directory;

    private String query;
    private List<ReferenceEntry> entries;

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null || query.length() <= QUERY_LIMIT ? query : query.substring(0, QUERY_LIMIT);
    }

    public List<ReferenceEntry> getEntries() {
        if (entries == null) {
            entries = directory.search(query);
        }
        return entries;
    }
}
