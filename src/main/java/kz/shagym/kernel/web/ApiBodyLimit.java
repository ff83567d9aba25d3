package kz.shagym.kernel.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The API takes JSON of a few kilobytes (the longest field, an answer's reasoning, is 8,000
 * characters); scans go through the screens, whose form checks them. A body larger than
 * {@link #MAX_BYTES} is refused before anything reads it (413), and so is a body whose length
 * is not said up front (411), which could otherwise grow without end.
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiBodyLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final long MAX_BYTES = 256 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        if (length > MAX_BYTES) {
            ApiError.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "api.error.tooLarge",
                    String.valueOf(MAX_BYTES / 1024));
            return;
        }
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            ApiError.write(request, response, HttpServletResponse.SC_LENGTH_REQUIRED, "api.error.lengthRequired");
            return;
        }
        chain.doFilter(request, response);
    }
}
