package dev.focus.identity.api;

import dev.focus.identity.application.InvalidInput;
import dev.focus.kernel.api.FieldError;
import dev.focus.kernel.api.ProblemException;
import dev.focus.kernel.api.Problems;

import java.util.List;

final class ProblemMapping {

    private ProblemMapping() {
    }

    static ProblemException invalid(List<InvalidInput> problems) {
        return Problems.validation(problems.stream().map(p -> new FieldError(p.field(), p.message())).toList());
    }

    static ProblemException usernameTaken() {
        return Problems.conflict("USERNAME_TAKEN", "This username is taken.");
    }

    static ProblemException suspended() {
        return Problems.forbidden("ACCOUNT_SUSPENDED", "This account is suspended.");
    }
}
