package kz.shagym.review.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import kz.shagym.kernel.web.InlineFile;
import kz.shagym.review.service.ProviderReview;

/** The answer letter of a case for the signed-in staff ({@code /staff/answer-letter?number=}); 404 if not theirs or not drafted. */
@WebServlet(AnswerLetterServlet.PATH)
public class AnswerLetterServlet extends HttpServlet {

    static final String PATH = "/staff/answer-letter";
    private static final long serialVersionUID = 1L;

    @EJB
    private ProviderReview review;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String number = request.getParameter("number");
        InlineFile.send(response, review.answerLetter(number), "application/pdf", "answer-" + number + ".pdf");
    }
}
