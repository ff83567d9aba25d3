package kz.shagym.kernel.web;

import java.util.List;

/** The JSON body of every refused API call: {"errors":[{"field":...,"message":...}]}. */
public record ApiError(List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }

    public static ApiError of(String message) {
        return new ApiError(List.of(new FieldError(null, message)));
    }
}
