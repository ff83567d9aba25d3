package kz.shagym.registry.web;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import kz.shagym.kernel.web.InlineFile;
import kz.shagym.kernel.web.PublicAddress;
import kz.shagym.registry.service.Registry;

/**
 * The files of a case for the signed-in staff (behind the /staff/* sign-in): the acceptance
 * confirmation ({@code receipt?number=}) and the scans ({@code scan?number=&id=}). The registry
 * checks the role and the provider; anything not the caller's is 404.
 */
@WebServlet(CaseFilesServlet.PATH + "/*")
public class CaseFilesServlet extends HttpServlet {

    static final String PATH = "/staff/case-files";
    private static final long serialVersionUID = 1L;

    @EJB
    private Registry registry;

    @Inject
    private PublicAddress publicAddress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The numbers are Cyrillic (ЖТ-…): read the query as UTF-8, as the links are written.
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String number = request.getParameter("number");
        switch (String.valueOf(request.getPathInfo())) {
            case "/receipt" -> InlineFile.send(response, registry.acceptanceConfirmation(number, publicAddress.base(request)),
                    "application/pdf", "receipt-" + number + ".pdf");
            case "/scan" -> {
                Optional<Registry.Scan> scan = parseId(request.getParameter("id"))
                        .flatMap(id -> registry.scan(number, id));
                InlineFile.send(response, scan.map(Registry.Scan::content),
                        scan.map(s -> s.attachment().getMediaType()).orElse(null),
                        scan.map(s -> s.attachment().getFileName()).orElse(null));
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
