package kz.shagym.kernel.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A case's document sent to the signed-in browser, shown in the page; 404 when there is none. */
public final class InlineFile {

    private InlineFile() {
    }

    public static void send(HttpServletResponse response, Optional<byte[]> content, String type, String fileName)
            throws IOException {
        // Type sniffing and caching are settled for every answer by SecurityHeaders.
        if (content.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(type);
        response.setContentLength(content.get().length);
        // Only generated PDFs and checked PDF, JPEG and PNG scans are ever served, shown in the page, never run.
        response.setHeader("Content-Disposition",
                "inline; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        response.getOutputStream().write(content.get());
    }
}
