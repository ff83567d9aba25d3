package kz.shagym.publicinfo.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.shagym.kernel.model.InvalidInput;
import kz.shagym.kernel.web.ApiError;
import kz.shagym.kernel.web.Languages;
import kz.shagym.kernel.web.Public;
import kz.shagym.kernel.web.RetriedOnConflict;
import kz.shagym.publicinfo.model.StatusAnswer;
import kz.shagym.publicinfo.service.CaseStatuses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A case's public status by incoming number and access code, without sign-in (¶7). One
 * instance serves every request, its request given to the method: read by the thousand, it
 * should cost no injection and no context proxies per call (README, "Benchmarks").
 */
@Public
@ApplicationScoped
@Path("status")
@Tag(name = "public")
@Produces(MediaType.APPLICATION_JSON)
@RetriedOnConflict
public class StatusResource {

    @Inject
    private CaseStatuses statuses;

    @GET
    @Operation(summary = "The status of a case: stage, state, dates, deadline, how the answer left, appeal and court."
            + " 404 alike for a wrong number or code; 429 with Retry-After after repeated failures")
    public Response status(@QueryParam("number") String number, @QueryParam("code") String code,
                           @Context HttpServletRequest request, @Context HttpHeaders headers) {
        if (number == null || number.isBlank()) {
            throw new InvalidInput("number", "status.error.numberRequired");
        }
        if (code == null || code.isBlank()) {
            throw new InvalidInput("code", "status.error.codeRequired");
        }
        StatusAnswer answer = statuses.open(number, code, request.getRemoteAddr());
        if (answer instanceof StatusAnswer.Found found) {
            return Response.ok(StatusJson.of(found.status()).toString()).build();
        }
        if (answer instanceof StatusAnswer.TryLater later) {
            long seconds = PublicPages.retryAfterSeconds(later.retryAfter());
            return refused(headers, Response.Status.TOO_MANY_REQUESTS, "status.tryLater", seconds)
                    .header("Retry-After", seconds).build();
        }
        return refused(headers, Response.Status.NOT_FOUND, "status.notFound").build();
    }

    private static Response.ResponseBuilder refused(HttpHeaders headers, Response.Status status, String key, Object... arguments) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of(Languages.messagesFor(headers).get(key, arguments)));
    }
}
